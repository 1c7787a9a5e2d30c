"""General lexicons of news outlets, wire services and photo agencies (not keyed to any corpus document).

Shared by the attribution extractor (source_kind ``outlet``) and the credit extractor (wire and outlet
credits). Add entries; keep them general.
"""

from __future__ import annotations

import re

# Wire services and news agencies: name -> short code used in datelines like "WASHINGTON (AP) --".
WIRE_SERVICES: dict[str, tuple[str, ...]] = {
    "Associated Press": ("AP", "The Associated Press"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "Agence France-Presse": ("AFP", "Agence France Presse"),
    "United Press International": ("UPI",),
    "Bloomberg News": ("Bloomberg",),
    "Deutsche Presse-Agentur": ("dpa", "DPA"),
    "Xinhua": ("Xinhua News Agency",),
    "Kyodo News": ("Kyodo",),
    "Press Association": ("PA", "PA Media"),
    "Canadian Press": ("CP", "The Canadian Press"),
    "Australian Associated Press": ("AAP",),
    "ANSA": (),
    "EFE": (),
    "Yonhap": ("Yonhap News Agency",),
    "TASS": ("ITAR-TASS",),
    "Anadolu Agency": ("Anadolu",),
    "Press Trust of India": ("PTI",),
}

# Photo agencies and picture desks that appear in credit lines.
PHOTO_AGENCIES: tuple[str, ...] = (
    "Getty Images", "Getty", "AFP", "AP", "AP Photo", "Reuters", "EPA", "EPA-EFE", "Shutterstock",
    "Alamy", "Corbis", "Bloomberg", "SIPA", "Sipa USA", "Rex Features", "REX", "PA Images", "PA Wire",
    "NurPhoto", "Anadolu Agency", "ZUMA Press", "ZUMA Wire", "Xinhua", "Polaris", "Redux", "Magnum Photos",
    "iStock", "iStockphoto", "Wikimedia Commons", "NASA", "ESA", "Handout",
)

# News outlets (newspapers, broadcasters, magazines, sites).
OUTLETS: tuple[str, ...] = (
    "The New York Times", "New York Times", "The Washington Post", "Washington Post", "The Wall Street Journal",
    "Wall Street Journal", "USA Today", "Los Angeles Times", "The Los Angeles Times", "Chicago Tribune",
    "The Boston Globe", "Boston Globe", "New York Post", "The New York Post", "Daily News", "Newsday",
    "The Guardian", "The Observer", "The Times", "The Sunday Times", "The Telegraph", "The Daily Telegraph",
    "The Independent", "Financial Times", "The Financial Times", "The Economist", "BBC", "BBC News", "Sky News",
    "ITV News", "Channel 4 News", "Daily Mail", "The Daily Mail", "The Sun", "The Mirror", "Daily Mirror",
    "CNN", "Fox News", "Fox Business", "MSNBC", "CNBC", "NBC News", "NBC", "ABC News", "ABC", "CBS News", "CBS",
    "NPR", "PBS", "PBS NewsHour", "Politico", "The Hill", "Axios", "Vox", "BuzzFeed News", "BuzzFeed",
    "HuffPost", "The Huffington Post", "Huffington Post", "Breitbart", "Breitbart News", "The Daily Caller",
    "The Atlantic", "The New Yorker", "Newsweek", "Time", "TIME", "Time magazine", "Slate", "Salon",
    "Mother Jones", "The Nation", "National Review", "The Weekly Standard", "Rolling Stone", "Vanity Fair",
    "The Intercept", "ProPublica", "Bloomberg", "Bloomberg News", "Reuters", "The Associated Press",
    "Associated Press", "AP", "AFP", "Agence France-Presse", "Al Jazeera", "Der Spiegel", "Le Monde",
    "El País", "Haaretz", "The Jerusalem Post", "Times of Israel", "The Times of Israel", "South China Morning Post",
    "The Hindu", "Times of India", "The Times of India", "Sydney Morning Herald", "The Sydney Morning Herald",
    "The Globe and Mail", "Toronto Star", "CBC", "CBC News", "Military Times", "Army Times", "Navy Times",
    "Air Force Times", "Defense News", "Stars and Stripes", "The Washington Times", "Washington Times",
    "The Daily Beast", "Daily Beast", "Yahoo News", "Business Insider", "Insider", "Forbes", "Fortune",
    "Washington Examiner", "The Washington Examiner", "The Federalist", "Talking Points Memo", "RealClearPolitics",
    "Roll Call", "McClatchy", "The Miami Herald", "Miami Herald", "The Dallas Morning News", "Houston Chronicle",
    "San Francisco Chronicle", "The Philadelphia Inquirer", "The Des Moines Register", "Des Moines Register",
    "The Seattle Times", "The Denver Post", "The Arizona Republic", "Tampa Bay Times", "The Atlanta Journal-Constitution",
    "Variety", "The Hollywood Reporter", "Deadline", "TMZ", "Gawker", "Mashable", "TechCrunch", "The Verge",
    "Wired", "Ars Technica", "Engadget", "Univision", "Telemundo", "C-SPAN", "WikiLeaks", "RT", "Russia Today",
    "Sputnik", "PolitiFact", "Politifact", "FactCheck.org", "Snopes", "Snopes.com",
    "TheBlaze", "The Blaze", "Newsmax", "Mediaite", "Drudge Report", "The Drudge Report", "Infowars", "InfoWars",
    "Washington Free Beacon", "The Washington Free Beacon", "The Free Beacon", "The Daily Wire", "Daily Kos",
    "Raw Story", "The Young Turks", "The Daily Signal", "National Journal", "New York Daily News",
    "The New York Daily News", "Chicago Sun-Times", "The Chicago Sun-Times", "HuffPo", "CNSNews.com", "CNS News",
    "azcentral", "azcentral.com", "AZCentral", "Vogue", "Teen Vogue", "Harper's Bazaar", "Harper’s Bazaar", "GQ",
    "Esquire", "Marie Claire", "Zero Hedge", "ZeroHedge", "One America News", "OANN", "Townhall", "Twitchy",
    "The Gateway Pundit", "Gateway Pundit", "American Thinker", "RedState", "Hot Air", "HotAir",
    "The American Conservative", "The Bulwark", "FiveThirtyEight", "Vice News", "Refinery29", "Fast Company",
    "Bloomberg Businessweek", "MarketWatch", "Barron's", "Barron’s", "Healthline", "WebMD", "Verywell",
    "Verywell Fit", "Verywell Health", "Verywell Mind", "Medical News Today", "Live Science", "ScienceDaily",
    "New Scientist", "Scientific American", "CNET", "ZDNet", "Gizmodo", "Kotaku", "IGN", "PCMag", "PC Gamer",
    "Tom's Hardware", "Tom’s Hardware",
    # regional newspapers of the United States
    "The New Hampshire Union Leader", "New Hampshire Union Leader", "Boston Herald", "The Boston Herald",
    "The Baltimore Sun", "Baltimore Sun", "Detroit Free Press", "The Detroit News", "St. Louis Post-Dispatch",
    "Milwaukee Journal Sentinel", "Pittsburgh Post-Gazette", "The Plain Dealer", "The Kansas City Star",
    "The Sacramento Bee", "The Charlotte Observer", "The Orlando Sentinel", "Orlando Sentinel", "The Star-Ledger",
    "The Oregonian", "Star Tribune", "The Tennessean", "The Courier-Journal", "The Hartford Courant",
    "Hartford Courant", "Las Vegas Review-Journal", "The Post and Courier", "Orange County Register",
    "The San Diego Union-Tribune", "San Diego Union-Tribune", "The Providence Journal", "Omaha World-Herald",
)

_WIRE_NAMES = (*WIRE_SERVICES, *(a for alts in WIRE_SERVICES.values() for a in alts))

# Every outlet and wire name of the lexicons, lower-cased, aliases included: what a source's words are checked
# against.
OUTLET_NAMES = frozenset(n.lower() for n in (*OUTLETS, *_WIRE_NAMES))


def without_article(name: str) -> str:
    """A name without its leading "the" ("The New York Post" -> "New York Post")."""
    return name[4:] if name[:4].lower() == "the " else name


# A newspaper's nameplate the lexicon does not list: capitalised words before a masthead word ("The Charlotte
# Observer", "NY Daily News", "The Tuscaloosa News", "L.A. Weekly").
_NAMEPLATE = re.compile(r"(?:[A-Z][\w.’'-]*\s+)+(?:Daily News|Morning News|News-Journal|Times|Post|Journal|Herald|"
                        r"Tribune|Gazette|Inquirer|Chronicle|Observer|Enquirer|Dispatch|Courier|Courant|Free Press|"
                        r"Sun-Times|Star-Tribune|Star Tribune|Star-Ledger|Post-Gazette|Journal-Constitution|"
                        r"Plain Dealer|Picayune|Weekly|Monthly|Magazine|Online)")


def is_outlet_name(name: str, nameplates: bool = True) -> bool:
    """Whether ``name`` names a news outlet or wire: one of the lexicons' names, or (with ``nameplates``) a
    newspaper's nameplate, which a person's name may look like ("Emily Post")."""
    name = " ".join(name.split())
    bare = without_article(name)
    if not bare[:1].isupper() and not bare[:1].isdigit():
        return False  # "the nation", "time": words, not The Nation or Time
    if name.lower() in OUTLET_NAMES or bare.lower() in OUTLET_NAMES:
        return True
    return nameplates and (bool(_NAMEPLATE.fullmatch(bare)) or (
        bare.isupper() and bool(_NAMEPLATE.fullmatch(bare.title()))))  # a nameplate in capitals ("L.A. WEEKLY")


# Canonical wire names, from any alias, with or without its "the" ("AP", "the associated press" -> "Associated
# Press").
WIRE_CANONICAL: dict[str, str] = {
    key: canonical for canonical, aliases in WIRE_SERVICES.items() for form in (canonical, *aliases)
    for key in (form.lower(), without_article(form).lower())}


def wire_forms(name: str) -> tuple[str, ...]:
    """Every name of the wire service ``name`` is one of ("AP" -> "Associated Press", "AP", "The Associated
    Press"), longest first; empty if it is none."""
    canonical = WIRE_CANONICAL.get(without_article(name).lower())
    if canonical is None:
        return ()
    return tuple(sorted({canonical, *WIRE_SERVICES[canonical]}, key=len, reverse=True))


# One form per outlet of the lexicon, however a text writes it: with its "the" where the lexicon has one ("Washington
# Post" -> "The Washington Post"), and cased as listed ("POLITICO" -> "Politico", "USA TODAY" -> "USA Today").
_OUTLET_CANONICAL: dict[str, str] = {}
for _name in OUTLETS:
    _key = without_article(_name).lower()
    if _key not in _OUTLET_CANONICAL or (_name.startswith("The ") and not _OUTLET_CANONICAL[_key].startswith("The ")):
        _OUTLET_CANONICAL[_key] = _name


def canonical_outlet(name: str) -> str:
    """The one form of an outlet of the lexicon (so analytics count The Washington Post once, not once per way of
    writing it); any other name as given."""
    return _OUTLET_CANONICAL.get(without_article(" ".join(name.split())).lower(), name)


def outlets_inside(name: str) -> list[str]:
    """The outlet names inside a longer source name, lexicon names and nameplates ("the nationalist Global Times
    tabloid" -> Global Times, "Washington Post columnist Dana Milbank" -> Washington Post)."""
    return [m.group() for m in OUTLET_RE.finditer(name)] + [m.group() for m in _NAMEPLATE.finditer(name)]


# What kind of outlet a name is, for "the newspaper" or "the network" after it: a pattern per kind of outlet noun.
_NEWSPAPER = re.compile(r"\b(?:Times|Post|Journal|News|Herald|Tribune|Globe|Gazette|Inquirer|Register|Chronicle|"
                        r"Sun|Star|Republic|Examiner|Mail|Telegraph|Guardian|Independent|Observer|Enquirer|Bee|"
                        r"Dispatch|Courier|Daily|USA Today|Newsday|Haaretz|Le Monde|El País)\b")
_BROADCASTER = re.compile(r"^(?:CNN|NBC|ABC|CBS|Fox|MSNBC|CNBC|BBC|PBS|NPR|C-SPAN|Univision|Telemundo|Sky|ITV|CBC|"
                          r"Al Jazeera|Channel 4|RT|Russia Today)\b")
_MAGAZINE = re.compile(r"\b(?:Magazine|Time|Newsweek|Atlantic|New Yorker|Economist|Review|Nation|Rolling Stone|"
                       r"Vanity Fair|Forbes|Fortune|Mother Jones|Standard|New Republic|Variety)\b")
OUTLET_KINDS: dict[str, re.Pattern[str]] = {
    "newspaper": _NEWSPAPER, "paper": _NEWSPAPER, "daily": _NEWSPAPER, "tabloid": _NEWSPAPER,
    "network": _BROADCASTER, "broadcaster": _BROADCASTER, "magazine": _MAGAZINE,
}

# Any outlet or wire of the lexicons where a text names it (case as written, whole words), longest name first.
OUTLET_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in sorted({*OUTLETS, *_WIRE_NAMES}, key=len, reverse=True)) + r")\b")

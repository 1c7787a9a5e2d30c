"""Lexicons and patterns for source credits: ranks and titles, credit labels, and splitting a credit line.

General knowledge only (military ranks, newsroom titles, the labels pages put before a credit); nothing here is
keyed to a document. ``split_credit`` turns the body of a credit ("AP Photo/Jane Doe", "Spc. Janzael
Sanchez/Army", "Toni L. Sandys / The Washington Post / Getty Images") into name, role and organisation: the
IPTC Creator (name) and Credit Line (organisation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprov.extract.outlets import OUTLET_NAMES, PHOTO_AGENCIES, WIRE_SERVICES

# Military and police ranks (abbreviated and spelled out), longest first when compiled.
RANKS: tuple[str, ...] = (
    "Pvt.", "Pfc.", "PFC", "Pvt", "Spc.", "Spc", "Cpl.", "Cpl", "Lance Cpl.", "Sgt.", "Sgt", "Staff Sgt.", "Tech. Sgt.",
    "Master Sgt.", "Senior Master Sgt.", "Chief Master Sgt.", "Sgt. 1st Class", "Sgt. Maj.", "Command Sgt. Maj.",
    "1st Sgt.", "Gunnery Sgt.", "Airman", "Airman 1st Class", "Senior Airman", "Seaman", "Petty Officer",
    "Petty Officer 1st Class", "Petty Officer 2nd Class", "Petty Officer 3rd Class", "Mass Communication Specialist",
    "Mass Communication Specialist 1st Class", "Mass Communication Specialist 2nd Class",
    "Mass Communication Specialist 3rd Class", "Chief Petty Officer", "Warrant Officer", "Chief Warrant Officer",
    "2nd Lt.", "1st Lt.", "Lt.", "Lt", "Capt.", "Capt", "Maj.", "Maj", "Lt. Col.", "Col.", "Col", "Brig. Gen.",
    "Maj. Gen.", "Lt. Gen.", "Gen.", "Gen", "Ensign", "Lt. j.g.", "Lt. Cmdr.", "Cmdr.", "Cdr.", "Capt.", "Rear Adm.",
    "Vice Adm.", "Adm.", "Private", "Specialist", "Corporal", "Sergeant", "Staff Sergeant", "Lieutenant", "Captain",
    "Major", "Colonel", "General", "Admiral", "Commander", "Officer", "Detective", "Constable", "Inspector",
)
# Newsroom and other titles that precede a credited name.
TITLES: tuple[str, ...] = (
    "Managing Editor", "Executive Editor", "Senior Editor", "Deputy Editor", "Editor-in-Chief", "Editor in Chief",
    "Editor", "Associate Editor", "News Editor", "Photo Editor", "Video Editor", "Contributing Editor",
    "Senior Reporter", "Staff Reporter", "Reporter", "Correspondent", "Senior Correspondent", "Chief Correspondent",
    "White House Correspondent", "Pentagon Correspondent", "Foreign Correspondent", "Staff Writer", "Senior Writer",
    "Contributing Writer", "Columnist", "Photographer", "Staff Photographer", "Chief Photographer",
    "Photojournalist", "Videographer", "Producer", "Senior Producer", "Anchor", "Host", "Analyst",
    "Senior Analyst", "Bureau Chief", "Publisher", "Contributor",
)
_ROLE_WORDS = sorted({*RANKS, *TITLES}, key=len, reverse=True)
ROLE_PREFIX = re.compile(r"^(?:" + "|".join(re.escape(r) + (r"\s+" if r[-1].isalnum() else r"\s*")
                                            for r in _ROLE_WORDS) + r")+")

# Words that make a credit part an organisation rather than a person.
_ORG_WORDS = re.compile(
    r"\b(?:Images?|Photos?|Photography|Pictures|News|Press|Agency|Wire|Service|Services|Times|Herald|Post|Journal|"
    r"Tribune|Chronicle|Gazette|Globe|Observer|Guardian|Telegraph|Independent|Magazine|Media|TV|Television|Radio|"
    r"Network|Army|Navy|Marines?|Marine Corps|Air Force|Coast Guard|Guard|Corps|Force|Forces|Command|Department|"
    r"Ministry|Office|University|College|School|Institute|Museum|Library|Archives?|Archive|Collection|Foundation|"
    r"Society|Association|Associates|Council|Commission|Committee|Police|Government|Company|Co\.|Inc\.?|LLC|Ltd\.?|"
    r"Group|Club|Center|Centre|Hospital|Studios?|Entertainment|Productions|Pool|Handout|Commons|Twitter|Facebook|"
    r"Instagram|YouTube|Flickr|Unsplash|Pexels|Pixabay|Shutterstock|iStock|Getty|NASA|ESA|Reuters|Bloomberg|"
    r"Protection|Authority|Academy|Hardware|Games|Louvre|Customs|Border|Bureau|Administration)\b"
)
# Descriptions of what a picture is, not who made it.
_NOT_A_SOURCE = re.compile(
    r"^(?:file(?: photo)?|files|screen ?grab|screen ?cap|screenshot|screen shot|still|video still|stock|"
    r"stock photo|illustration|photo illustration|graphic|centre|center|left|right|top|bottom|inset|pictured|"
    r"from left|main|above|below|gp|archive|courtesy|courtesy photo|photo|image|provided|supplied|submitted|"
    r"contributed|handout photo|staff|staff photo)$",
    re.IGNORECASE,
)
_LICENSE = re.compile(r"^(?:CC[ -]BY.*|CC0.*|Public Domain|public domain|https?://\S+|www\.\S+|licen[cs]ed? .*)$")

_LEX_ORGS = set(OUTLET_NAMES) | {p.lower() for p in PHOTO_AGENCIES}
WIRE_CODES = sorted({*WIRE_SERVICES, *(a for al in WIRE_SERVICES.values() for a in al)}, key=len, reverse=True)

# Labels a page puts before a credit: "Photo:", "Photograph:", "Credit...", "Image credit:", "Foto:", "Picture by".
LABEL = (r"(?:(?:Staff|File|Contributed|Submitted|Special|Courtesy)\s+(?:photo|image|picture)s?|"
         r"(?:Image|Photo|Picture|Video)\s+(?:credits?|source)|Cr[ée]dits?(?:\s+photo)?|Photographer|Composite|"
         r"Photos?|Photographs?|Photography|Images?|Imagen|Pictures?|Pics?|Illustrations?|Videos?|Footage|Fotos?|"
         r"Bild|Quelle|Source|Copyright|Courtesy(?:\s+of)?|Care\s+of|File|©|\(c\))")
_LABEL_HEAD = re.compile(
    r"^\s*(?:" + LABEL + r")(?:\s*(?::|,|\.\.\.|…|-|—)\s*|\s+(?:by|via|von|par|de)\s+|\s+(?=\S))"
    r"(?:(?:Photo|Photograph|Image)\s*:\s*)?(?:(?:by|von|via)\s+)?",
    re.IGNORECASE,
)
_COURTESY = re.compile(r"^\s*(?:Courtesy(?:\s+of)?|Care\s+of|Photo\s+via|Via|By)\s+", re.IGNORECASE)
_AGENCY_PHOTO = re.compile(r"^(?P<org>AP|AFP|UPI|EPA|Reuters|PA|CP|AAP|DPA|dpa)\s+(?:Photos?|Images?|Video)$")


# "U.S. Army photo by Spc. Jane Doe", "NASA image by Jane Doe": the unit or agency, then who took it
_ORG_PHOTO_BY = re.compile(r"^(?P<org>[A-Z][\w.&'’ -]{1,60}?)\s+(?i:photo|photograph|image|video|illustration)s?"
                           r"\s+(?i:by|courtesy of)\s+(?P<rest>\S.*)$")
_FILE_NOTE = re.compile(r",\s*(?:file|files|pool|handout|archive|stock)\s*$", re.IGNORECASE)
_TITLE_WORDS = {t.lower() for t in TITLES}


@dataclass(slots=True)
class CreditParts:
    name: str | None
    role: str | None
    org: str | None
    labelled: bool  # the credit carried a label ("Photo:", "Credit:", "Courtesy") or an agency form


def _is_org(part: str) -> bool:
    p = part.strip()
    if p.isupper() and len(p) > 8:  # "U.S. CUSTOMS AND BORDER PROTECTION"
        p = p.title()
    if p.lower() in _LEX_ORGS or p.lower().removeprefix("the ") in _LEX_ORGS:
        return True
    if " via " in p or "@" in p or "." in p.replace(". ", "").strip(".") and " " not in p:
        return True
    if _ORG_WORDS.search(p):
        return True
    if re.fullmatch(r"[A-Z0-9&'.-]{2,8}", p):  # acronym: AP, EPA, JIJI, NASA
        return True
    if re.fullmatch(r"[a-z][\w.-]*\d*|[A-Za-z]+\d+", p):  # a handle such as "smolaw11": a photographer's
        return False
    return len(p.split()) == 1  # a single word is a studio or agency far more often than a person


def is_known_agency(text: str) -> bool:
    """Whether ``text`` is, as a whole, a wire, photo agency or outlet of the lexicon ("Getty Images"), or a
    chain of short parts one of which is ("AFP via Getty Images", "Scottish SPCA/PA")."""
    t = text.strip().lower()
    if t in _LEX_ORGS or t.removeprefix("the ") in _LEX_ORGS:
        return True
    parts = [p.strip() for p in re.split(r"\s+via\s+|/", t) if p.strip()]
    return len(parts) > 1 and all(len(p.split()) <= 4 for p in parts) and any(
        p in _LEX_ORGS or p.removeprefix("the ") in _LEX_ORGS for p in parts)


def _strong_org(part: str) -> bool:
    """An organisation by the lexicon, an organisation word or an all-capitals name ("USA TODAY")."""
    p = part.strip()
    if p.lower() in _LEX_ORGS or p.lower().removeprefix("the ") in _LEX_ORGS:
        return True
    if p.isupper() and len(p.replace(" ", "")) >= 2:
        return True
    return _ORG_WORDS.search(p) is not None


# lower-case words inside a person's name ("Ana de Armas", "Ludwig van Beethoven", "Osama bin Laden")
NAME_PARTICLES = frozenset("de des del della der di da dos du la le van von bin al".split())


def _looks_like_person(part: str) -> bool:
    toks = part.split()
    if not 1 <= len(toks) <= 5:
        return False
    if part.isupper() and len(toks) > 1:  # "JANE DOE" as some desks write credits
        return 2 <= len(toks) <= 4 and not _is_org(part.title()) and part.lower() not in _LEX_ORGS
    if any(re.fullmatch(r"[A-Z]{2,}", t) for t in toks):  # "UK Parliament", "Scottish SPCA"
        return False
    if len(toks) == 1:
        return bool(re.fullmatch(r"[A-Za-z][\w.'-]*\d*", toks[0])) and not _is_org(part)
    return all(t[:1].isupper() or t.lower() in NAME_PARTICLES or re.fullmatch(r"[A-Z]\.", t) for t in toks) \
        and not _ORG_WORDS.search(part)


def strip_label(body: str) -> tuple[str, bool]:
    """``body`` without its credit label and brackets; whether a label was there."""
    s = body.strip()
    labelled = False
    while len(s) >= 2 and ((s[0], s[-1]) in (("(", ")"), ("[", "]"))):
        s = s[1:-1].strip()
    m = _LABEL_HEAD.match(s)
    if m and m.end() < len(s):
        s = s[m.end():]
        labelled = True
    m = _COURTESY.match(s)
    if m and m.end() < len(s):
        s = s[m.end():]
        labelled = True
    s = s.strip(" .,;:|—–-\u00a0").strip()
    s = re.sub(r"^©\s*", "", s)
    return s, labelled


def split_credit(body: str) -> CreditParts:
    """Name, role and organisation of a credit line's body (label and brackets allowed)."""
    core, labelled = strip_label(body)
    if not core:
        return CreditParts(None, None, None, labelled)
    m = _ORG_PHOTO_BY.match(core)
    if m and not _LABEL_HEAD.match(core):
        inner = split_credit(m["rest"])
        org = "/".join(o for o in (m["org"].strip(), inner.org) if o)
        return CreditParts(inner.name, inner.role, org or None, True)
    core = re.sub(r",?\s*(?:https?://|www\.)\S+", "", core).strip(" ,")
    parts = [p.strip() for p in re.split(r"\s*(?:/|\s\|\s|\bfor\b)\s*", core) if p.strip()]
    if len(parts) == 1 and "," in core:
        parts = [p.strip() for p in core.split(",") if p.strip()]
    parts = [p for p in parts if not _LICENSE.match(p)]
    # "(AP Photo/Evan Vucci, File)", "(Jane Doe/Pool via AP)": a file or pool note is not part of the name
    parts = [_FILE_NOTE.sub("", p).strip() for p in parts]
    parts = [p for p in parts if p]
    name = role = None
    orgs: list[str] = []
    for p in parts:
        if _NOT_A_SOURCE.match(p):
            continue
        m = _AGENCY_PHOTO.match(p)
        if m:
            orgs.append(m["org"])
            labelled = True
            continue
        if p.lower() in _TITLE_WORDS:  # "JANE DOE/STAFF PHOTOGRAPHER"
            role = role or p
            continue
        r = ROLE_PREFIX.match(p)
        person_part = p[r.end():].strip() if r else p
        if name is None and person_part and (r or (_looks_like_person(person_part) and not _is_org(person_part))):
            name = person_part
            role = r.group(0).strip() if r else None
            continue
        if name is None and r is None and len(parts) == 1 and _looks_like_person(p) and not _is_org(p):
            name = p
            continue
        orgs.append(p)
    org = "/".join(orgs) if orgs else None
    return CreditParts(name, role, org, labelled)


def org_prefix(text: str) -> tuple[str | None, str]:
    """An outlet at the start of ``text`` ("Military Times Managing Editor ...") and the rest."""
    best = None
    for o in _LEX_ORGS_SORTED:
        if text.lower().startswith(o) and (len(text) == len(o) or not text[len(o)].isalnum()):
            best = text[: len(o)]
            break
    if best is None:
        return None, text
    return best, text[len(best):].lstrip()


_LEX_ORGS_SORTED = sorted(_LEX_ORGS, key=len, reverse=True)


# --------------------------------------------------------------------------------------------------
# Where a credit sits in a line of text
# --------------------------------------------------------------------------------------------------

_SENT_END = (r"(?:(?<=^)|(?<=[.!?\"”’')\]]\s)|(?<=[.!?\"”’')\]])(?=[A-Z©(])|(?<=\s\|\s)|(?<=\.\.\.\s)|(?<=\s[-—–]\s)"
             r"|(?<=\s/\s))")
# "(Spc. Jane Doe/Army)", "(AP Photo/Jane Doe)", "[File: Reuters]", "(Photo: Twitter)", "(Picture by Jane Doe)"
_BRACKETED = re.compile(r"[(\[](?P<body>[^()\[\]\n]{2,120})[)\]]\s*$")
# "Photo: Jane Doe", "Photograph: AFP via Getty Images", "Credit: ESA", "Picture by Jane Doe", "© Getty Images"
_LABELLED = re.compile(
    _SENT_END + r"(?P<c>(?i:(?:Image|Photo|Picture|Video)\s+credits?|Cr[ée]dits?(?:\s+photo)?|Photographer|Composite|"
    r"Photos?|Photographs?|Pictures?|Pics?|Images?|Imagen|Illustrations?|Fotos?|Bild)"
    r"\s*(?::|\.\.\.|…)\s*[^\n]{2,120}?"
    r"|(?:Image|Photo|Picture)\s+source\s*[,:]\s*[^\n]{2,120}?"
    r"|(?:Photo|Picture|Illustration|Video)s?\s+(?:by|via|courtesy(?:\s+of)?)\s+[^\n]{2,100}?"
    r"|(?:Staff|File|Contributed|Submitted|Special|Courtesy)\s+(?:photo|image|picture)s?(?:\s+by\s+[^\n]{2,80}?)?"
    r"|(?:[A-Z][\w.&'’-]*\s+){1,4}(?:photo|image|video)s?\s+by\s+(?:[A-Z][\w.'’-]*(?:\s+|(?=\s*$))){1,6}"
    r"|©\s*[^\n]{2,100}?)\s*$"
)
# captions only: "Courtesy of X", "Care of X", "Jaafar Ashtiyeh / AFP", "| Patrick Semansky/AP Photo"
_COURTESY_TAIL = re.compile(_SENT_END + r"(?P<c>(?:Courtesy(?:\s+of)?|Care\s+of|By)\s+[A-Z][^\n]{1,100}?)\s*$")
# a later label inside a labelled match: "© Provided by X Photograph: Jane Doe/AFP" -> "Photograph: ..."
_LATER_LABEL = re.compile(r"(?<=\s)(?:(?:Image|Photo|Picture)\s+credits?|Credits?|Photos?|Photographs?|Pictures?|"
                          r"Images?|Illustrations?|Fotos?)\s*(?::|\.\.\.|…)\s*\S")
_SLASH_TAIL = re.compile(
    _SENT_END + r"(?P<c>[A-Z@][\w.'’@&-]*(?:[ \t]+[\w.'’@&-]+){0,5}[ \t]*/[ \t]*[A-Z][^\n/]{0,60}(?:/[^\n/]{1,60}){0,3}?)"
    r"\s*$"
)
# captions only: "Jane Doe, USA TODAY", "Jane Doe, The Daily Example" (a person, then an outlet)
_COMMA_TAIL = re.compile(
    _SENT_END + r"(?P<c>(?P<person>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]*){1,3}),[ \t]+(?P<org>[A-Z][^\n,]{1,60}))\s*$"
)
# captions only: "Jane Doe | CNBC"
_PIPE_TAIL = re.compile(_SENT_END + r"(?P<c>(?P<left>[A-Z][\w'’-]*\.?(?:[ \t][A-Z][\w'’-]*\.?){0,4})"
                        r"(?<!\.)\s\|\s(?P<org>[A-Z][^\n|/]{1,50}?))\s*$")
_AGENCY_TAIL = re.compile(
    _SENT_END + r"(?P<c>(?:" + "|".join(re.escape(a) for a in sorted(
        {*PHOTO_AGENCIES, "AFP via Getty Images", "Getty Images", "via Getty Images"}, key=len, reverse=True))
    + r")(?:\s+via\s+Getty(?:\s+Images)?)?)\s*$"
)
_DATE_LIKE = re.compile(r"^\d{1,4}\s*/\s*\d{1,4}")


_TEXT_SOURCE = re.compile(r"^(?:source|sources|quelle|fuente|fonte|via|with|mit)\b", re.IGNORECASE)


def _bracket_is_credit(body: str, strict: bool, bracket: str = "(") -> bool:
    b = body.strip()
    if _DATE_LIKE.match(b):
        return False
    if _ORG_PHOTO_BY.match(b):
        return True
    if strict and _TEXT_SOURCE.match(b):
        return False  # "(Source: Reuters)" closing a paragraph credits the text, not a picture
    if _LABEL_HEAD.match(b) or _COURTESY.match(b) and len(b.split()) > 1:
        parts = split_credit(b)
        return bool(parts.name or parts.org or parts.labelled)
    if "/" in b and (not strict or bracket == "("):  # "[IBD/TIPP]" cites a poll; square brackets need a label
        segs = [s.strip() for s in b.split("/")]
        return all(s[:1].isupper() or s[:1] == "@" or re.fullmatch(r"[\w.-]+", s) for s in segs if s) and all(segs)
    if not strict:
        return b.lower() in _LEX_ORGS and len(b) > 2
    return False


def trailing_credit(line: str, strict: bool = True) -> tuple[int, int] | None:
    """Span of a credit at the end of ``line`` (a caption's or a caption-like line's), or None.

    ``strict`` (for plain text, where it is not known that the line is a caption) accepts only bracketed
    credits with a slash or a label, and labelled credits ("Photo: ..."); otherwise courtesy lines, bare
    "Name / Org" tails and a trailing agency name count too.
    """
    m = _BRACKETED.search(line)
    if m and _bracket_is_credit(m["body"], strict, line[m.start()]):
        return m.start(), m.end()
    m = _LABELLED.search(line)
    if m and len(m["c"].split()) <= 14:
        start = m.start("c")
        later = None
        for later in _LATER_LABEL.finditer(line, start + 1, m.end("c")):
            pass
        return (later.start() if later else start), m.end("c")
    if strict:
        return None
    m = _COMMA_TAIL.search(line)
    if m and _strong_org(m["org"]) and _looks_like_person(m["person"]):
        return m.start("c"), m.end("c")
    m = _PIPE_TAIL.search(line)
    if m and _strong_org(m["org"]) and (_looks_like_person(m["left"]) or _strong_org(m["left"])):
        return m.start("c"), m.end("c")
    for pat in (_COURTESY_TAIL, _SLASH_TAIL, _AGENCY_TAIL):
        m = pat.search(line)
        if m:
            start = m.start("c")
            head = line[start:].split("/")[0]
            cut = None
            for c in re.finditer(r"[a-z\d)]{2}[.!?]\s+(?=[A-Z@])", head):
                cut = c
            if cut is not None:
                start += cut.end()
            body = line[start:m.end("c")]
            if pat is _SLASH_TAIL and not split_credit(body).org and not split_credit(body).name:
                continue
            return start, m.end("c")
    return None

"""What a reader sees on an HTML page: visible text, and the regions that are page furniture.

Visually hidden labels (``sr-only``, ``off-screen``, ...), scripts, buttons and alt text are not read.
``aria-hidden`` is *not* treated as invisible: it hides from screen readers only, and real pages put it on
visible captions (when the image's alt text repeats them).
"""

from __future__ import annotations

import re
from typing import Any

_HIDDEN_CLASSES = frozenset({
    "sr-only", "sr-only-focusable", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
    "screenreader-only", "off-screen", "offscreen", "a11y-hidden", "u-hidden", "is-hidden", "hidden",
    "element-invisible", "assistive-text", "hide-text", "vh", "hide",
})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "svg", "button", "template", "iframe", "select", "option",
                        "input", "textarea", "form", "img", "picture", "source", "video", "audio"})
# Class/id tokens of regions that hold other stories' images or page furniture, not the article's own.
_EXCLUDED_REGION = re.compile(
    r"(?:^|[-_])(?:related|sidebar|teaser|teasers|promo|promos|recirc|recirculation|trending|newsletter|outbrain|"
    r"taboola|recommended|recommendations|widget|footer|comments?|share|sharing|social|nav|navigation|menu|"
    r"breadcrumbs?|carousel|ad|ads|advert|advertisement|popular|more-stories|read-more|readmore|latest|list-item)"
    r"(?:[-_]|$)",
    re.IGNORECASE,
)
# Inside the main text's container only the unambiguous ones count ("widget" wraps inline images too).
_EXCLUDED_INSIDE = re.compile(
    r"(?:^|[-_])(?:related|teaser|teasers|promo|promos|recirc|recirculation|newsletter|outbrain|taboola|"
    r"recommended|recommendations|comments?|share|sharing|social|ad|ads|advert|advertisement|read-more|readmore)"
    r"(?:[-_]|$)",
    re.IGNORECASE,
)
_EXCLUDED_TAGS = frozenset({"nav", "footer"})
WS_RE = re.compile(r"\s+")
_INLINE_TAGS = frozenset({"a", "b", "i", "em", "strong", "u", "sup", "sub", "abbr", "mark", "q", "s", "font", "bdi"})


# generated class names keep the helper's name inside them ("ssrcss-1pi6exk-VisuallyHidden")
_HIDDEN_PART = re.compile(r"visuallyhidden|visually-hidden|sr-only|screen-?reader|off-?screen|a11y-hidden",
                          re.IGNORECASE)


_SHOWN_AT = re.compile(r"^(?:sm|md|lg|xl|2xl):(?:block|flex|inline|inline-block|grid|table|contents)$")


def is_hidden(el: Any) -> bool:
    """Whether a reader cannot see ``el``: a visually-hidden class, the hidden attribute, display:none."""
    cls = el.get("class")
    if cls:
        tokens = cls.lower().split()
        if _HIDDEN_PART.search(cls):
            return True
        # "hidden xl:block" (utility classes) is shown on some screens: a reader may see it
        if not _HIDDEN_CLASSES.isdisjoint(tokens) and not any(_SHOWN_AT.match(t) for t in tokens):
            return True
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style) and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", style) is not None


def visible_text(el: Any, skip: Any = None) -> str:
    """The text a reader sees in ``el``: no hidden labels, scripts, buttons or alt text; ``skip``: a subtree to leave out."""
    out: list[str] = []

    def walk(e: Any) -> None:
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag and tag.lower() not in _SKIP_TAGS and not is_hidden(e) and e is not skip:
            sep = "" if tag.lower() in _INLINE_TAGS else " "
            out.append(sep)
            if e.text:
                out.append(e.text)
            for child in e:
                walk(child)
                if child.tail:
                    out.append(child.tail)
            out.append(sep)

    walk(el)
    return WS_RE.sub(" ", "".join(out)).strip()


def norm(s: str) -> str:
    return WS_RE.sub(" ", s).strip().lower()


def class_of(el: Any) -> str:
    c = el.get("class")
    return c if isinstance(c, str) else ""


def in_excluded_region(el: Any, root: Any) -> bool:
    """Whether ``el`` sits in page furniture: only the containers between it and the first ancestor it shares
    with the main text are looked at (a container that holds the main text too cannot be a sidebar of it)."""
    stop_at = set(root.iterancestors()) | {root} if root is not None else set()
    inside = root is not None and any(a is root for a in el.iterancestors())
    pattern = _EXCLUDED_INSIDE if inside else _EXCLUDED_REGION
    for a in [el, *el.iterancestors()]:
        if a in stop_at:
            return False
        tag = a.tag.lower() if isinstance(a.tag, str) else ""
        if tag in _EXCLUDED_TAGS:
            return True
        tokens = (class_of(a) + " " + (a.get("id") or "")).split()
        if any(pattern.search(t) for t in tokens):
            return True
    return False


_BYLINE_TEXT = re.compile(r"^By\s+[A-Z]", re.IGNORECASE)


def byline_line(tree: Any) -> str | None:
    """The page's visible "By ..." line (trafilatura keeps the author as metadata only)."""
    for el in tree.xpath("//*[contains(translate(@class,'BYLINE','byline'),'byline') or @rel='author' "
                         "or contains(@class,'author')]"):
        if in_excluded_region(el, None):
            continue
        t = visible_text(el)
        if 5 <= len(t) <= 160 and _BYLINE_TEXT.match(t):
            return t[0].upper() + t[1:]
    return None


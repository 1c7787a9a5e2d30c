"""Score source credits against the web-pages development annotation.

(Credits in gold files of the seed's format are scored with everything else by ``newsprov evaluate gold``.)

* ``web-pages``: runs the HTML reader, block segmentation and credit extraction over
  ``<corpus>/html`` and scores photo/video credits against the development annotation
  (``tests/cases/web-pages/credits.gold.json``): by credit text (one-to-one per page, matched when the
  normalised texts are equal or one contains the other) and by name and organisation. It also measures the
  body text against ``metadata.json``'s ``with`` / ``without`` snippets, for newsprov's body blocks and for
  trafilatura's own extract: a ``with`` snippet found is a true positive, one missed a false negative, a
  ``without`` snippet found a false positive.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsprov.evaluate.scoring import PRF
from newsprov.extract import blocks as blocks_mod
from newsprov.extract import credits as credits_mod
from newsprov.extract.article import Article
from newsprov.extract.credit_lexicon import strip_label
from newsprov.schema import Credit

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "web-pages"
DEFAULT_WEB_GOLD = ROOT / "tests" / "cases" / "web-pages" / "credits.gold.json"
_WS = re.compile(r"\s+")


def norm_value(v: str | None) -> str | None:
    """Name/organisation as compared: case, spacing around slashes and a leading "The" do not count."""
    if not v:
        return None
    s = _WS.sub(" ", v).strip().lower()
    s = re.sub(r"\s*/\s*", "/", s)
    s = re.sub(r"^the ", "", s)
    return s or None


def norm_credit_text(t: str) -> str:
    core, _ = strip_label(re.sub(r",?\s*(?:https?://|www\.)\S+", "", t))
    core = core.replace("©", " ")
    return norm_value(core.strip("()[] ")) or ""


def _text_match(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= 0.5 * len(long_)


def _value_prf(gold: Iterable[str | None], system: Iterable[str | None]) -> PRF:
    g = Counter(v for v in (norm_value(x) for x in gold) if v)
    s = Counter(v for v in (norm_value(x) for x in system) if v)
    tp = sum((g & s).values())
    return PRF(tp, sum(s.values()) - tp, sum(g.values()) - tp)


# --------------------------------------------------------------------------------------------------
# The web-pages development set
# --------------------------------------------------------------------------------------------------


def _snippets_prf(text: str, with_: list[str], without: list[str]) -> PRF:
    t = _WS.sub(" ", text)
    tp = sum(1 for s in with_ if _WS.sub(" ", s).strip() in t)
    fp = sum(1 for s in without if _WS.sub(" ", s).strip() in t)
    return PRF(tp, fp, len(with_) - tp)


def page_credits(html: bytes, url: str | None = None, nlp: Any = None) -> tuple[list[Credit], Any]:
    """Photo/video credits newsprov finds on one HTML page, and the page's extraction.

    ``nlp``: a spaCy pipeline to parse the text with, as the pipeline does (entities help tell a credited
    organisation from a person); None skips the parse.
    """
    from newsprov.ingest.html import parse_html

    ext = parse_html(html, url=url)
    layout = blocks_mod.segment(ext.text, ext.block_hints)
    doc = nlp(ext.text) if nlp is not None else None
    article = Article(text=ext.text, published_at=None, blocks=layout.blocks, nlp=doc, metadata=ext.metadata)
    found = [c for c in credits_mod.extract(article, ()) if c.kind in ("photo", "video")]
    return found, (ext, layout)


def evaluate_web_pages(corpus: Path = DEFAULT_CORPUS, gold_path: Path = DEFAULT_WEB_GOLD,
                       body: bool = True, verbose: bool = False, parse: bool = True) -> dict[str, Any]:
    """Credit scores against the web-pages annotation, and body-text snippet scores vs trafilatura.

    ``parse``: run the spaCy pipeline over each page's text as ``newsprov run`` does.
    """
    import trafilatura

    nlp = None
    if parse:
        from newsprov import nlp as nlp_mod

        nlp = nlp_mod.load(disable=("parser", "lemmatizer"))

    from newsprov.errors import InputError

    gold = json.loads(gold_path.read_text(encoding="utf-8"))["pages"]
    meta = json.loads((corpus / "metadata.json").read_text(encoding="utf-8"))
    texts, names, orgs = PRF(), PRF(), PRF()
    errors: list[str] = []
    details: list[str] = []
    body_ours, body_trafi = PRF(), PRF()
    t_ours = t_trafi = 0.0
    pages = sorted(meta) if body else sorted(gold)
    for name in pages:
        html = (corpus / "html" / name).read_bytes()
        url = meta.get(name, {}).get("url")
        t0 = time.perf_counter()
        try:
            found, (ext, layout) = page_credits(html, url, nlp)
        except InputError as exc:
            found, ext, layout = [], None, None
            errors.append(f"{name}: {exc}")
        t_ours += time.perf_counter() - t0
        if name in gold:
            g_items = gold[name]["credits"]
            used: set[int] = set()
            pairs = []
            for gi, g in enumerate(g_items):
                gn = norm_credit_text(g["text"])
                for si, s in enumerate(found):
                    if si not in used and _text_match(gn, norm_credit_text(s.text)):
                        used.add(si)
                        pairs.append((gi, si))
                        break
            texts += PRF(len(pairs), len(found) - len(pairs), len(g_items) - len(pairs))
            names += _value_prf((g.get("name") for g in g_items), (s.credited_name for s in found))
            orgs += _value_prf((g.get("org") for g in g_items), (s.credited_org for s in found))
            if verbose:
                matched_g = {gi for gi, _ in pairs}
                for gi, g in enumerate(g_items):
                    if gi not in matched_g:
                        details.append(f"  FN {name}: {g['text']!r}")
                for si, s in enumerate(found):
                    if si not in used:
                        details.append(f"  FP {name}: {s.text!r}")
                for gi, si in pairs:
                    g, s = g_items[gi], found[si]
                    if norm_value(g.get("name")) != norm_value(s.credited_name) or \
                            norm_value(g.get("org")) != norm_value(s.credited_org):
                        details.append(f"  ~~ {name}: {s.text!r} name={s.credited_name!r}/{g.get('name')!r} "
                                       f"org={s.credited_org!r}/{g.get('org')!r}")
        if body and name in meta and ext is not None:
            w, wo = meta[name].get("with", []), meta[name].get("without", [])
            # main text as trafilatura would return it: no boilerplate, no captions (headline and byline kept)
            ours = "\n".join(b.text for b in layout.blocks if b.kind in ("body", "headline", "byline", "dateline"))
            body_ours += _snippets_prf(ours, w, wo)
            t0 = time.perf_counter()
            theirs = trafilatura.extract(html, url=url, include_comments=False) or ""
            t_trafi += time.perf_counter() - t0
            body_trafi += _snippets_prf(theirs, w, wo)
        elif body and name in meta:
            body_trafi += _snippets_prf(trafilatura.extract(html, url=url, include_comments=False) or "",
                                        meta[name].get("with", []), meta[name].get("without", []))
            body_ours += PRF(0, 0, len(meta[name].get("with", [])))
    return {"pages_annotated": len(gold), "gold_credits": sum(len(p["credits"]) for p in gold.values()),
            "text": texts, "name": names, "org": orgs, "body_newsprov": body_ours, "body_trafilatura": body_trafi,
            "pages_read": len(pages), "seconds_newsprov": t_ours, "seconds_trafilatura": t_trafi,
            "errors": errors, "details": details}


# --------------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------------


def _print_table(title: str, rows: list[tuple[str, PRF]]) -> None:
    print(title)
    for label, prf in rows:
        print(f"  {label:<34} {prf.row()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="newsprov evaluate credits",
        description="Score source credits (photo/video, byline, wire, outlet) against gold annotations.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Credits in gold files of the seed's format are scored by `newsprov evaluate gold`.\n\n"
               "example:\n  newsprov evaluate credits web-pages --corpus ../shared/corpora/web-pages",
    )
    sub = parser.add_subparsers(dest="mode", required=True)
    w = sub.add_parser("web-pages", help="the HTML development set and its annotation",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="example:\n  newsprov evaluate credits web-pages -v --no-body")
    w.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    w.add_argument("--gold", type=Path, default=DEFAULT_WEB_GOLD)
    w.add_argument("--no-body", action="store_true", help="skip the body-text comparison with trafilatura")
    w.add_argument("--no-parse", action="store_true", help="skip the spaCy parse (faster; entities unused)")
    w.add_argument("-v", "--verbose", action="store_true", help="list misses, false alarms and wrong splits")
    args = parser.parse_args(argv)
    r = evaluate_web_pages(args.corpus, args.gold, body=not args.no_body, verbose=args.verbose,
                           parse=not args.no_parse)
    _print_table(f"photo/video credits on {r['pages_annotated']} annotated pages ({r['gold_credits']} gold credits)",
                 [("credit text", r["text"]), ("credited name", r["name"]), ("credited org", r["org"])])
    if not args.no_body:
        _print_table(f"body text vs metadata.json snippets ({r['pages_read']} pages)",
                     [("newsprov main text (no boilerplate)", r["body_newsprov"]),
                      ("trafilatura.extract", r["body_trafilatura"])])
        parsed = "" if args.no_parse else "+spaCy parse"
        print(f"  seconds: newsprov {r['seconds_newsprov']:.1f} (reader+blocks{parsed}+credits), "
              f"trafilatura alone {r['seconds_trafilatura']:.1f}")
    for e in r["errors"]:
        print(f"  not read: {e}")
    for d in r["details"]:
        print(d)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

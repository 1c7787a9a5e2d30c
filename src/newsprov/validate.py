"""Run the Great Expectations suites in ``expectations/`` over a batch of extracted tables.

Each suite file is a GX ExpectationSuite (JSON) whose ``meta.frame`` names the frame it validates and whose
expectations each carry ``meta.severity`` (error or warning). Frames are pandas DataFrames derived here from
the batch's Arrow tables, with the computed columns the expectations need (a date's first day, whether a
span's text equals the document slice, ...). Every frame has ``doc_id``, ``char_start`` and ``char_end`` so
failing rows are reported as document + span, not just counted.

Validation runs per batch (memory stays flat however many documents a run has); ``merge`` adds the batches up.
GX is imported only here (it costs seconds to import).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import logging
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from newsprov.extract.language import english_share
from newsprov.extract.timex_resolve import SEASON_START
from newsprov.schema import ValidationResult, row_dict

# The suites live in the project's expectations/ folder (NEWSPROV_EXPECTATIONS overrides it).
EXPECTATIONS_DIR = Path(os.environ.get("NEWSPROV_EXPECTATIONS", Path(__file__).resolve().parents[2] / "expectations"))
FAILING_ROWS_KEPT = 200  # per expectation and run; the total is kept beside them
SPAN_INDEX = ["doc_id", "char_start", "char_end"]

# The article states why sources are unnamed: checked on the text itself, independently of the extractor.
ANONYMITY_REASON = re.compile(
    r"on (the )?((customary|usual) )?condition (of|that they not be|that he not be|that she not be) "
    r"(anonymity|named|identified)|(speaking|spoke) with (customary |the usual )?anonymity"
    r"|(asked|requested|spoke on condition) not to be (named|identified)|(asked|requested|granted) anonymity"
    r"|(asked|asking|requested|requesting) for anonymity|insist(ed|ing) on anonymity"
    r"|(were|was|are|is) ?n[o'’]t\s+authori[sz]ed to (speak|discuss|comment|talk)"
    r"|declined to be (named|identified)|(speaking|spoke|talking|talked|responded|responding|commented|commenting)"
    r" anonymously",
    re.IGNORECASE,
)
# The end of a sentence: the full stop (or ! ?) with its closing quote marks, or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s|\n")
# "”" opens a quotation in Swedish-style typesetting and in CMS slips ("”Mr. Trump embodies ...”"); "“" closes
# one in German style ("„...“")
QUOTE_OPEN = set("\"'“‘«‹„‚”")
QUOTE_CLOSE = set("\"'”’»›“")


# --------------------------------------------------------------------------------------------------
# TIMEX3 values -> calendar days (for the "not after published_at" checks)
# --------------------------------------------------------------------------------------------------

def timex_first_day(value: str | None) -> dt.date | None:
    """The first calendar day a TIMEX3 DATE/TIME value denotes, None for values that are not calendar dates."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})(?:-(\d))?|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?(?:T.*)?$",
                 value)
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            return dt.date(year, int(m.group(2)), int(m.group(3)))
        if m.group(2):
            return dt.date(year, int(m.group(2)), 1)
        if m.group(4):
            return dt.date.fromisocalendar(year, int(m.group(4)), int(m.group(5) or 1))
        if m.group(6):
            return dt.date(year, 3 * int(m.group(6)) - 2, 1)
        if m.group(7):
            return dt.date(year, 1 if m.group(7) == "1" else 7, 1)
        if m.group(8):
            return dt.date(year, SEASON_START[m.group(8)], 1)
        return dt.date(year, 1, 1)
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------------
# Frames
# --------------------------------------------------------------------------------------------------


def _pd(table: pa.Table) -> pd.DataFrame:
    return table.to_pandas(types_mapper=None)


def _span_frame(doc_text: dict[str, str], table: str, df: pd.DataFrame, start: str, end: str, text: str) -> pd.DataFrame:
    rows = df[df[start].notna()] if len(df) else df
    out = pd.DataFrame({
        "table": table,
        "doc_id": rows["doc_id"].astype(str) if len(rows) else pd.Series(dtype=str),
        "char_start": rows[start].astype("Int64") if len(rows) else pd.Series(dtype="Int64"),
        "char_end": rows[end].astype("Int64") if len(rows) else pd.Series(dtype="Int64"),
        "text": rows[text] if len(rows) else pd.Series(dtype=str),
    })
    out["doc_slice"] = [
        doc_text.get(d, "")[int(s):int(e)] if d in doc_text else None
        for d, s, e in zip(out["doc_id"], out["char_start"], out["char_end"])
    ]
    return out


def build_frames(tables: dict[str, pa.Table]) -> dict[str, pd.DataFrame]:
    """Every frame an expectation suite can name, from one batch's tables."""
    docs = _pd(tables["documents"])
    doc_text = dict(zip(docs["doc_id"], docs["text"])) if len(docs) else {}
    published = dict(zip(docs["doc_id"], pd.to_datetime(docs["published_at"]))) if len(docs) else {}
    frames: dict[str, pd.DataFrame] = {}

    # dates ----------------------------------------------------------------------------------------
    tm = _pd(tables["temporal_mentions"])
    tm["published_at"] = pd.to_datetime(tm["doc_id"].map(published)) if len(tm) else pd.Series(dtype="datetime64[ns]")
    tm["first_day"] = pd.to_datetime(
        [timex_first_day(v) if t in ("DATE", "TIME") else None for v, t in zip(tm["value"], tm["timex_type"])]
    ) if len(tm) else pd.Series(dtype="datetime64[ns]")
    frames["temporal_mentions"] = tm

    # per-document view -----------------------------------------------------------------------------
    d = pd.DataFrame({"doc_id": docs["doc_id"], "char_start": pd.NA, "char_end": pd.NA,
                      "source_uri": docs["source_uri"], "published_at": docs["published_at"],
                      "byline": docs["byline"]})
    resolved = tm[tm["first_day"].notna() & tm["published_at"].notna() & (tm["tense"].fillna("") != "FUTURE")]
    after = resolved.assign(after=resolved["first_day"] > resolved["published_at"]).groupby("doc_id")["after"]
    d["dates_resolved"] = d["doc_id"].map(after.size()).fillna(0).astype(int)
    d["dates_after_published_share"] = d["doc_id"].map(after.mean()).astype(float)

    at = _pd(tables["attributions"])
    # an attribution is its cue: the parts of a split or continued quotation are rows of one attribution
    kinds = at.drop_duplicates(["doc_id", "cue_start", "cue_end"]).groupby("doc_id")["source_kind"]
    d["attributions"] = d["doc_id"].map(kinds.size()).fillna(0).astype(int)
    d["anonymous_share"] = d["doc_id"].map(kinds.apply(lambda s: float((s == "anonymous").mean()))).astype(float)
    # the attribution extractor reads English only; a document in another language got no attributions (None: too
    # short to tell, read as English)
    d["english_share"] = pd.Series([english_share(t) for t in docs["text"]], dtype="float64")

    cr = _pd(tables["credits"])
    credited = set(cr.loc[cr["kind"].isin(["byline", "wire"]), "doc_id"])
    d["has_byline_or_wire"] = d["doc_id"].isin(credited) | docs["byline"].notna()

    mc = _pd(tables["metadata_candidates"])
    d["published_at_candidates"] = d["doc_id"].map(_published_at_disagreement(mc))
    d["published_at_agrees"] = d["published_at_candidates"].isna()
    frames["documents"] = d

    # attributions ----------------------------------------------------------------------------------
    # looked for only where the anonymity-reason expectation reads it: rows of anonymous sources
    cues = at.groupby("doc_id")["cue_start"].apply(lambda v: sorted(int(x) for x in v.dropna()))
    anonymous = at["source_kind"] == "anonymous"
    standalone = {k for k in set(at.loc[anonymous, "doc_id"]) if _standalone_reason(doc_text.get(k, ""), cues[k])}
    at["reason_stated"] = [bool(anon) and (r.doc_id in standalone or _reason_in_sentence(doc_text.get(r.doc_id, ""), r))
                           for anon, r in zip(anonymous, at.itertuples())]
    at["char_start"] = at["cue_start"]
    at["char_end"] = at["cue_end"]
    at["spans_ok"] = [_spans_ok(doc_text.get(r.doc_id, ""), r) for r in at.itertuples()]
    at["quote_marks_ok"] = [
        _quote_marked(doc_text.get(r.doc_id, ""), r.content_start, r.content_end) if r.is_direct_quote else None
        for r in at.itertuples()]
    frames["attributions"] = at

    # credits ---------------------------------------------------------------------------------------
    cr["names_someone"] = cr["credited_name"].notna() | cr["credited_org"].notna()
    frames["credits"] = cr
    bl = _pd(tables["blocks"])
    captions = bl[bl["kind"] == "caption"].copy()
    photo = cr[cr["kind"].isin(["photo", "video"])]
    credited_spans = list(zip(photo["doc_id"], photo["char_start"], photo["char_end"], photo["block_seq"]))
    captions["has_credit"] = [
        any(doc == c_doc and ((seq is not None and not pd.isna(seq) and int(seq) == b_seq)
                              or (s is not None and not pd.isna(s) and b_s <= s < b_e))
            for c_doc, s, e, seq in credited_spans)
        for doc, b_seq, b_s, b_e in zip(captions["doc_id"], captions["seq"], captions["char_start"], captions["char_end"])
    ]
    frames["captions"] = captions

    # lineage ---------------------------------------------------------------------------------------
    spans = [
        _span_frame(doc_text, "blocks", bl, "char_start", "char_end", "text"),
        _span_frame(doc_text, "temporal_mentions", tm, "char_start", "char_end", "text"),
        _span_frame(doc_text, "entities", _pd(tables["entities"]), "char_start", "char_end", "text"),
        _span_frame(doc_text, "credits", cr, "char_start", "char_end", "text"),
        _span_frame(doc_text, "attributions.source", at, "source_start", "source_end", "source_text"),
        _span_frame(doc_text, "attributions.cue", at, "cue_start", "cue_end", "cue_text"),
        _span_frame(doc_text, "attributions.content", at, "content_start", "content_end", "content_text"),
    ]
    frames["spans"] = pd.concat([s for s in spans if len(s)], ignore_index=True) if any(len(s) for s in spans) \
        else spans[0]
    stamps = []
    for name in ("blocks", "temporal_mentions", "attributions", "credits", "entities", "metadata_candidates"):
        t = tables[name].select(["doc_id", "run_id", "extractor", "extractor_version"]).to_pandas()
        t["table"] = name
        stamps.append(t)
    lin = pd.concat(stamps, ignore_index=True)
    lin["char_start"] = pd.NA
    lin["char_end"] = pd.NA
    lin["doc_known"] = lin["doc_id"].isin(doc_text.keys())
    frames["row_lineage"] = lin
    return frames


def _published_at_disagreement(mc: pd.DataFrame) -> dict[str, str]:
    """doc_id -> "chosen X (origin) vs Y (origin)" where a page's own date disagrees with the sidecar/feed date."""
    out: dict[str, str] = {}
    pa_rows = mc[mc["field"] == "published_at"]
    for doc_id, group in pa_rows.groupby("doc_id"):
        chosen = group[group["chosen"] & group["origin"].isin(["sidecar", "feed"])]
        others = group[~group["chosen"] & ~group["origin"].str.contains("guess")]
        if chosen.empty or others.empty:
            continue
        c = str(chosen.iloc[0]["value"])[:10]
        for _, o in others.iterrows():
            if str(o["value"])[:10] != c:
                out[doc_id] = f"{c} ({chosen.iloc[0]['origin']}) vs {str(o['value'])[:10]} ({o['origin']})"
                break
    return out


def _spans_ok(text: str, r: Any) -> bool:
    """Spans lie inside the document and do not overlap each other within one attribution."""
    spans = [(s, e) for s, e in ((r.source_start, r.source_end), (r.cue_start, r.cue_end),
                                 (r.content_start, r.content_end)) if s is not None and not pd.isna(s)]
    if any(not (0 <= s < e <= len(text)) for s, e in spans):
        return False
    spans.sort()
    return all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def _sentences(text: str, first: int, last: int) -> tuple[int, int]:
    """Start and end of the sentences that hold the characters ``first`` to ``last``."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, first - 2000), first)), default=0)
    m = _SENTENCE_END.search(text, last)
    return begin, m.start() + 1 if m else len(text)


def _reason_in_sentence(text: str, r: Any) -> bool:
    """Whether the article states a reason for anonymity in the sentences that hold the attribution's source and
    cue ("..., said one official, who spoke on condition of anonymity because ..."). A reason stated for another
    source elsewhere in the article does not count: it need not cover this one."""
    ends = [int(v) for v in (r.source_end, r.cue_end) if v is not None and not pd.isna(v)]
    starts = [int(v) for v in (r.source_start, r.cue_start) if v is not None and not pd.isna(v)]
    if not starts or not ends:
        return False
    return ANONYMITY_REASON.search(text, *_sentences(text, min(starts), max(ends))) is not None


def _standalone_reason(text: str, cues: list[int]) -> bool:
    """Whether the article states its reason for anonymity in a sentence of its own, one that reports no
    attribution ("Officials spoke on condition of anonymity to discuss decisions not yet made public."): it then
    covers every anonymous source of the article. ``cues``: the sorted cue starts of the article's attributions."""
    for m in ANONYMITY_REASON.finditer(text):
        begin, end = _sentences(text, m.start(), m.end())
        k = bisect.bisect_left(cues, begin)
        if k == len(cues) or cues[k] >= end:
            return True
    return False


def _quote_marked(text: str, start: Any, end: Any) -> bool:
    """A direct quote's content sits between quote marks (possibly with punctuation just inside them)."""
    if start is None or pd.isna(start) or end is None or pd.isna(end):
        return False
    s, e = int(start), int(end)
    while s > 0 and text[s - 1] in " \t":
        s -= 1
    while e < len(text) and text[e] in ",.?!;:\u2026 ":
        e += 1
    return s > 0 and text[s - 1] in QUOTE_OPEN and e < len(text) and text[e] in QUOTE_CLOSE


# --------------------------------------------------------------------------------------------------
# Suites
# --------------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    """One expectation's result, summed over batches."""

    suite: str
    expectation: str
    column: str | None
    severity: str
    description: str
    success: bool = True
    element_count: int = 0
    unexpected_count: int = 0
    failing_rows: list[dict[str, Any]] = field(default_factory=list)
    failing_rows_total: int = 0
    error: str | None = None  # GX could not evaluate the expectation


def load_suites(directory: Path = EXPECTATIONS_DIR) -> list[dict[str, Any]]:
    """The suite files (JSON) in ``directory``, sorted by name."""
    suites = []
    for path in sorted(directory.glob("*.json")):
        suite = json.loads(path.read_text(encoding="utf-8"))
        frame = suite.get("meta", {}).get("frame")
        if not frame:
            raise ValueError(f"{path}: suite meta.frame must name the frame it validates")
        for e in suite["expectations"]:
            if e.get("meta", {}).get("severity") not in ("error", "warning"):
                raise ValueError(f"{path}: expectation {e['type']} needs meta.severity error or warning")
        suites.append(suite)
    return suites


class Validator:
    """Holds one ephemeral GX context; validates batches of tables against the suites."""

    def __init__(self, suites: list[dict[str, Any]] | None = None) -> None:
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        for name in ("great_expectations", "great_expectations.data_context.types.base"):
            logging.getLogger(name).setLevel(logging.WARNING)
        self._gx = gx
        self.suites = suites if suites is not None else load_suites()
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        self._source = self.context.data_sources.add_pandas("newsprov")
        self._batch_defs: dict[str, Any] = {}
        with warnings.catch_warnings():
            # String row conditions are deprecated from GX 1.9 (removed in 2.0); 1.24 is pinned. See README.
            warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"pydantic|great_expectations")
            # GX returns results in its own order: each expectation carries its position in meta to be found again.
            self._gx_suites = [
                gx.ExpectationSuite(name=s["name"], expectations=[
                    {**e, "meta": {**e.get("meta", {}), "position": i}} for i, e in enumerate(s["expectations"])])
                for s in self.suites]
        self.outcomes: dict[tuple[str, int], Outcome] = {}

    def _batch_definition(self, frame: str):
        if frame not in self._batch_defs:
            asset = self._source.add_dataframe_asset(frame)
            self._batch_defs[frame] = asset.add_batch_definition_whole_dataframe(frame)
        return self._batch_defs[frame]

    def validate(self, tables: dict[str, pa.Table]) -> None:
        """Validate one batch; results accumulate in ``outcomes``."""
        frames = build_frames(tables)
        for suite_def, suite in zip(self.suites, self._gx_suites):
            frame_name = suite_def["meta"]["frame"]
            frame = frames[frame_name]
            batch = self._batch_definition(frame_name).get_batch(batch_parameters={"dataframe": frame})
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"pydantic|great_expectations")
                result = batch.validate(suite, result_format={"result_format": "COMPLETE",
                                                              "unexpected_index_column_names": SPAN_INDEX})
            for er in result.results:
                i = er.expectation_config.meta["position"]
                self._add(suite_def["name"], i, suite_def["expectations"][i], er)

    def _add(self, suite: str, index: int, edef: dict[str, Any], er: Any) -> None:
        key = (suite, index)
        kwargs = edef.get("kwargs", {})
        out = self.outcomes.get(key)
        if out is None:
            column = kwargs.get("column") or ",".join(str(kwargs[k]) for k in ("column_A", "column_B") if k in kwargs)
            out = self.outcomes[key] = Outcome(suite, edef["type"], column or None, edef["meta"]["severity"],
                                               edef["meta"].get("description", ""))
        info = er.exception_info or {}
        raised = info.get("raised_exception") if isinstance(info, dict) and "raised_exception" in info else \
            any(v.get("raised_exception") for v in info.values() if isinstance(v, dict))
        if raised:
            out.success = False
            msg = info.get("exception_message") if "exception_message" in info else next(
                (v.get("exception_message") for v in info.values() if isinstance(v, dict)), "")
            out.error = f"GX could not evaluate this expectation: {msg}"
            return
        res = er.result or {}
        out.success = out.success and bool(er.success)
        out.element_count += int(res.get("element_count") or 0)
        unexpected = int(res.get("unexpected_count") or 0)
        out.unexpected_count += unexpected
        out.failing_rows_total += unexpected
        for row in res.get("unexpected_index_list") or []:
            if len(out.failing_rows) >= FAILING_ROWS_KEPT:
                break
            plain = {k: _plain(v) for k, v in row.items()}
            for k in ("char_start", "char_end"):  # nullable offsets arrive from pandas as floats
                if plain.get(k) is not None:
                    plain[k] = int(plain[k])
            out.failing_rows.append(plain)

    def results(self, run_id: str) -> list[ValidationResult]:
        return [
            ValidationResult(run_id=run_id, suite=o.suite, expectation=o.expectation, column=o.column,
                             severity=o.severity, success=o.success, element_count=o.element_count,
                             unexpected_count=o.unexpected_count, failing_rows=json.dumps(o.failing_rows),
                             failing_rows_total=o.failing_rows_total,
                             description=o.description + (f" [{o.error}]" if o.error else ""))
            for _, o in sorted(self.outcomes.items())
        ]


def _plain(v: Any) -> Any:
    """JSON-friendly value (numpy/pandas scalars, timestamps, missing values)."""
    if v is None or (not isinstance(v, (str, bytes, list, dict)) and pd.isna(v)):
        return None
    if hasattr(v, "item"):
        return v.item()
    if isinstance(v, (pd.Timestamp, dt.date)):
        return v.isoformat()[:10]
    return v


def results_table(rows: list[ValidationResult]) -> pa.Table:
    from newsprov.schema import to_arrow

    return to_arrow("validation_results", [row_dict(r) for r in rows])


def failed_counts(rows: list[ValidationResult]) -> tuple[int, int]:
    """(failed error expectations, failed warning expectations)."""
    errors = sum(1 for r in rows if not r.success and r.severity == "error")
    warnings = sum(1 for r in rows if not r.success and r.severity == "warning")
    return errors, warnings

"""Event statements: a trigger word in a sentence, its modality, and its arguments.

For each sentence the extractor finds trigger words from the lexicon, drops those that are not
asserted (plans, hopes, scheduled or negated events, words inside quotations), keeps one
statement per event type (several for agreements listed with their own names), and attaches
the states taking part, the date, the place and the named object.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from pipelines.extract import lexicon
from pipelines.extract.cues import (
    ACCIDENT,
    AGREEMENT_NOUN,
    ATTRIBUTIVE_YEAR,
    BILATERAL_CUE,
    CLAUSE_BREAK,
    COMPLEMENT,
    HOSTILE,
    MEASURE,
    MODAL_AFTER,
    MODAL_BEFORE,
    NEEDS_TWO_PARTIES,
    NEGATION,
    NON_STATE_SUBJECT,
    NOUN_MODIFIER,
    OCCURRENCE_VERBS,
    ONE_STATE_REQUEST,
    PERSON_ASIDE,
    PORT_CALL,
    PRESENT_3RD,
    PURPOSE,
    RECENT_CUE,
    SAME_DAY_ANYWHERE,
    SAME_DAY_OPENING,
    SECOND_ACT_VERBS,
    SHIP,
    TROOPS,
    in_person_aside,
    in_which_aside,
)
from pipelines.extract.dates import NUMBER_WORD, SAID_ON, count_word, in_dateline
from pipelines.extract.event_dates import (
    FINITE_PAST,
    SECOND_SUBJECT,
    assign_dates,
    narrative_date,
    only_future_dates,
    section_date,
    statement_date,
    usable_date,
)
from pipelines.extract.objects import GENERIC_AGREEMENT_NOUNS, NamedObject
from pipelines.extract.participants import (
    bloc_in,
    bloc_partners,
    event_direction,
    find_participants,
    local_pair,
)
from pipelines.extract.places import Place, resolve
from pipelines.extract.records import (
    DateMention,
    DateValue,
    EntityMention,
    EventRecord,
    Sentence,
    TriggerHit,
)

_POS_RANK = {"verb": 0, "agreement": 1, "noun": 2}


@lru_cache(maxsize=1)
def _trigger_regex() -> tuple[re.Pattern[str], dict[str, list[lexicon.Trigger]]]:
    table: dict[str, list[lexicon.Trigger]] = {}
    for t in lexicon.triggers():
        if " ... " not in t.phrase:
            table.setdefault(t.phrase.lower(), []).append(t)
    pattern = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(list(table))})(?![\w-])", re.I)
    return pattern, table


_GAP = r",?(?:\s+[\w'’.,\"“”$€£¥-]+){0,5}?\s+[\"“‘']?"  # "..." in a trigger: up to five words ("launched a Hwasong-17 ... missile")
# "brought Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev together":
# a mediator's meeting, its parties named at any length
# "ordered Fiji's acting high commissioner, Kamlesh Kumar Arya, to leave the country": an envoy
# named at length and told to go (the lexicon's gapped phrases allow five words between parts)
_ENVOY_TOLD_TO_LEAVE = re.compile(
    r"\b(?:ordered|orders|told|tells|instructed|asked|gave)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?"
    r"(?i:ambassador|high\s+commissioner|envoy|chargé\s+d['’]affaires|charge\s+d['’]affaires|diplomat|"
    r"attaché|attache|consul(?:-general)?|head\s+of\s+mission)s?\b,?[^.;]{0,70}?\bto\s+(?:leave|depart|quit)\b"
)
# "boycotted the G20 summit", "stayed away from the ceremony", "walked out of the chamber", "said it
# would not attend the summit", "skipped a signing session": a state that shuns a gathering rejects it
_SHUN = re.compile(
    r"\b(?:boycott(?:ed|s|ing)?|stay(?:ed|s)?\s+away\s+from|skip(?:ped|s)|walk(?:ed|s)?\s+out\s+(?:of|on)|"
    r"(?:will|would)\s+not\s+(?:attend|take\s+part\s+in|participate\s+in)|(?:won['’]t|wouldn['’]t)\s+attend|"
    r"(?:declined|refused|decided\s+not|chose\s+not)\s+to\s+(?:attend|take\s+part\s+in|participate\s+in))\s+"
    r"(?:[\w'’.-]+\s+){0,6}?(?:summit|meeting|talks|session|conference|ceremony|Games|Olympics|"
    r"gathering|forum|dialogue|inauguration|parade|celebrations?|chamber|negotiations|ministerial)\b",
    re.I,
)
# the words before an act that say it was not done or not done by a state: "threatened to boycott",
# "urged states to stay away from", "if it skips the summit", "because he did not attend", "could
# announce $5 million"; "MPs walked out". Shared by the boycott and the money-given patterns.
_NOT_DONE_OR_NO_STATE = re.compile(
    r"(?i)\b(?:threat\w*|urg\w+|call\w*\s+(?:on|for)|asked|consider\w*|may|might|could|should|if|whether|"
    r"because|plans?|planning|intends?|expected|likely|not|never|MPs|lawmakers|legislators|deputies|senators|"
    r"opposition|students|fans|athletes)\b(?:\s+[\w'’.-]+){0,4}\s+$"
)
# "revoked export licences for bombs destined for Saudi Arabia", "froze new licences for arms
# exports to the UAE", "is closing all three Iranian consulates", "downgraded its embassy in
# Bangkok", "has stopped sharing intelligence with", "cut all official communication channels
# with", "shut the border check post": a state's measure against another, told by a measure verb
# and what it stops ("stopped at the last checkpoint" is a convoy halting, not a measure)
_MEASURE = re.compile(
    r"\b(?:revok(?:ed|es|ing)|froze|freez(?:es|ing)|suspend(?:ed|s|ing)|halt(?:ed|s|ing)|paus(?:ed|es|ing)|"
    r"cancell?(?:ed|s|ing)|withh[eo]ld(?:s|ing)?|clos(?:ed|es|ing)|shut(?:s|ting)?(?:\s+down)?|downgrad(?:ed|es|ing)|"
    r"restrict(?:ed|s|ing)|curb(?:ed|s|ing)|block(?:ed|s|ing)|ban(?:ned|s|ning)|put|puts|placed|added|"
    r"stop(?:ped|s|ping)(?!\s+(?:at|in|near|outside|by|for|on)\b)|cut|cuts|cutting|postpon(?:ed|es)|"
    r"tighten(?:ed|s)?)\s+"
    r"(?:[\w$,'’.-]+\s+){0,5}?"
    r"(?:export\s+licen[cs]es|arms\s+(?:export\s+)?licen[cs]es|licen[cs]es\s+for\s+(?:arms|weapons|military)|"
    r"consulates?(?:\s+general)?|embass(?:y|ies)\s+in|visas?\s+for|arms\s+(?:sales|deliveries|shipments|exports)|"
    r"(?:military|security|economic|financial|development|foreign)\s+(?:aid|assistance)|"
    r"(?:imports|exports|flights|trade)\s+(?:to|from|with|between)|(?:trade\s+)?blacklist|"
    r"(?:imports|exports|purchases|deliveries|shipments)\s+of|intelligence[\s-]sharing|sharing\s+(?:of\s+)?intelligence|"
    r"communication\s+(?:channels?|lines?|links?)|check\s*posts?|checkpoints?|border\s+crossings?|crossing\s+points?|"
    r"budget\s+support|pre-accession\s+(?:funds|funding|aid))\b",
    re.I,
)
# "Iran asked Türkiye for a night-vision helicopter", "Port-au-Prince asked in October for the urgent
# deployment of an international force": a request told by what is asked for ("asked ... to" is
# the lexicon's); comment, privacy or permission asked of a reporter is no state's request
_ASKED_FOR = re.compile(
    r"\b(?:asked|requested)\s+(?:(?!(?:to|not|that|if|whether|why|how|what)\b)[\w'’.,-]+\s+){0,5}?for\s+"
    r"(?!(?:comment|privacy|anonymity|permission|a\s+bribe|the\s+(?:first|second|third|last))\b)",
    re.I,
)
# "the case Manila filed against Beijing in January 2013", "the WTO complaint Korea filed against
# Tokyo", "took India to the Court of Arbitration": a legal case brought against a state, told with
# the case before its verb or the court after it (the lexicon has "filed ... case")
_CASE_BROUGHT = re.compile(
    r"\b(?:case|complaint|lawsuit|suit)\s+(?:that\s+|which\s+)?(?:[\w'’.-]+\s+){1,3}?(?:had\s+|has\s+)?"
    r"(?:filed|lodged|brought|initiated)\b|"
    r"\btook\s+(?:[\w'’.-]+\s+){1,2}to\s+(?:the\s+)?(?:(?:Permanent\s+)?Court\s+of\s+Arbitration|arbitration|"
    r"International\s+Tribunal\s+for\s+the\s+Law\s+of\s+the\s+Sea|ITLOS)\b",
)
# "French forces handed the Faya-Largeau base to the Chadian army", "the base at Abéché was returned on
# 11 January", "France ended its Sangaris military operation", "the last American aircraft left the
# base", "began dismantling its base at Assab": a foreign force giving up its base or its mission
_BASE_GIVEN_UP = re.compile(
    r"\b(?:handed|hands|handing)\s+(?:over\s+)?(?:[\w'’.-]+\s+){0,4}?(?:base|camp|garrison)s?\s+(?:[\w'’.-]+\s+){0,4}?to\b|"
    r"\b(?:base|camp)s?\s+(?:[\w'’.,-]+\s+){0,5}?(?:was|were)\s+(?:formally\s+|officially\s+)?"
    r"(?:handed\s+over|returned|transferred)\b|"
    r"\bended\s+(?:its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:operation|mission)\b|"
    r"\bdismantl(?:ed|ing|es)\s+(?:[\w'’-]+\s+){0,4}?(?:military\s+)?base\b|"
    r"\b(?:aircraft|planes|jets|warships?)\s+(?:[\w'’-]+\s+){0,3}?left\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?base\b",
    re.I,
)
# "wrote to the Secretary-General asking for the mission's termination", "sent a note verbale to New
# Delhi seeking her return": a request made in writing, told by the letter and what it asks (a letter
# "urging" others to act is a call, as "urged" is, not a request)
_LETTER_ASKING = re.compile(
    r"\b(?:wrote|written|writing|sent\s+(?:a|an)\s+(?:formal\s+)?(?:letter|note(?:\s+verbale)?|diplomatic\s+note))\s+"
    r"(?:to\s+)?(?:[\w'’.,-]+\s+){0,8}?(?:asking|requesting|seeking|demanding|calling\s+for)\b",
    re.I,
)
# "who was in Baghdad on Sunday for talks with Prime Minister al-Sudani", "was in Niamey for talks with
# the junta's leader": a visit told by where the visitor was and why
_IN_TOWN_FOR_TALKS = re.compile(
    r"\b(?:was|were|is|are)\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:[\w,'’.-]+\s+){0,4}?for\s+"
    r"(?:\w+\s+)?(?:talks|a\s+meeting|meetings|consultations)\s+with\b"
)
# "has concentrated more than 15,000 servicemen near the border", "armour had been moved up to the
# border", "moved additional troops to forward areas": forces brought up to a border or front
_FORCES_TO_BORDER = re.compile(
    r"\b(?:concentrat(?:ed|es|ing)|mass(?:ed|es|ing)|mov(?:ed|es|ing)(?:\s+up)?|rush(?:ed|es|ing)|"
    r"position(?:ed|ing)|redeploy(?:ed|s|ing)|deploy(?:ed|s|ing)|amass(?:ed|es|ing)|build(?:s|ing)?\s+up|built\s+up)\s+"
    r"(?:(?!(?:to|near|along|towards?)\b)[\w,'’.-]+\s+){0,10}?"
    r"(?:to|near|along|towards?|up\s+to|close\s+to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:border|borders|frontier|front\s*lines?|forward\s+areas|forward\s+positions|line\s+of\s+(?:actual\s+)?control)\b",
    re.I,
)
_FORCE_WORDS = re.compile(
    r"(?i)\b(?:troops|soldiers|servicemen|forces|armou?r|tanks|units|battalions?|brigades?|divisions?|"
    r"artillery|warplanes|jets|helicopters|missiles?|batteries|reinforcements|personnel|equipment)\b"
)
# "announced an initial $5 million package for the relief effort", "approved an additional $800
# million in weapons for Ukraine", "released US$100,000 for quake victims": money given is aid
_MONEY_GIVEN = re.compile(
    r"\b(?:announc(?:ed|es)|approv(?:ed|es)|releas(?:ed|es)|allocat(?:ed|es)|earmark(?:ed|s)|committ(?:ed|s)|"
    r"provid(?:ed|es)|grant(?:ed|s)|gave|gives|donat(?:ed|es)|disburs(?:ed|es))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:US|A|NZ|C|HK|S)?[$€£¥]\s?\d[\d,.]*(?:\s+(?:million|billion|bn|m))?|\d[\d,.]*\s+(?:million|billion)\s+"
    r"(?:dollars|euros|pounds|yen|rupees|yuan|riyals|dirhams|francs))\b"
    r"(?=[^.;]{0,80}?\b(?:aid|relief|humanitarian|assistance|weapons|arms|military\s+equipment|reconstruction|"
    r"recovery|victims|survivors|refugees)\b)",
    re.I,
)
_TOGETHER = re.compile(r"\b(?:brought|brings|bring)\s+(?:[\w'’.-]+\s+){1,14}?together\b")
_ON_DAY = re.compile(
    r"(?<![\w-])agreed\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)|"
    r"in\s+(?:(?:early|mid-?|late)\s*)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+(?:19|20)\d\d)?|in\s+(?:19|20)\d\d)\s+(?:to|on)\b",
    re.I,
)


@lru_cache(maxsize=1)
def _gapped_triggers() -> list[tuple[str, lexicon.Trigger]]:
    """Triggers with a gap: a verb and the noun that makes it an event, a few words apart. The
    patterns are compiled when a sentence first needs them (see `_gapped_regex`): compiling all
    of them up front was most of a small build's extraction time."""
    out = []
    for t in lexicon.triggers():
        if " ... " in t.phrase:
            body = _GAP.join(re.escape(part) for part in t.phrase.split(" ... "))
            out.append((rf"(?<![\w-]){body}(?![\w-])", t))
    return out


@cache
def _gapped_regex(source: str) -> re.Pattern[str]:
    return re.compile(source, re.I)


@lru_cache(maxsize=1)
def _gapped_index() -> dict[str, list[tuple[int, str, lexicon.Trigger]]]:
    """The gapped triggers by their first part: a sentence without that part is not searched
    for them (one regex per phrase and sentence was most of the extraction time)."""
    by_first: dict[str, list[tuple[int, str, lexicon.Trigger]]] = {}
    for i, (source, t) in enumerate(_gapped_triggers()):
        by_first.setdefault(t.phrase.split(" ... ")[0].lower(), []).append((i, source, t))
    return by_first


def _preference(h: TriggerHit) -> tuple[int, int, int]:
    """Which trigger of a type speaks for its clause: verbs before nouns, a signing before an
    announcement ("that agreement was announced the day they signed a contract"), then the first."""
    announced = bool(re.search(r"\b(?:announced|unveiled)\b", h.phrase, re.I))
    return (_POS_RANK[h.pos], int(announced), h.start)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks of four or more words (speech, not scare quotes)."""
    spans = []
    for m in re.finditer(r"“([^”]{3,}?)”|\"([^\"\n]{3,}?)\"", text):
        inner = m.group(1) or m.group(2)
        if len(inner.split()) >= 4:
            spans.append((m.start(), m.end()))
    return spans


PEACEKEEPING = re.compile(r"\bUN\b|\bUnited Nations\b|\bpeacekeeping\s+(?:mission|force|operation)s?\b")
# forces sent to help another state keep order at home: at its request, to restore order, for a
# (non-UN) security support mission, against its gangs or insurgents
AT_REQUEST = re.compile(
    r"\bat\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}request\b|\bto help (?:restore|keep|fight|combat|quell|secure|tackle)\b|"
    r"\b(?:of|after|following)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}request\b|"
    r"\b(?<!diplomatic )(?<!trade )(?<!fact-finding )[Mm]issions?\b(?!\s+(?:chief|head|staff))|\b(?:gangs|gang violence|insurgency|riots)\b"
)
ANAPHORIC_OPENING = re.compile(
    # "The strike came after ...", "Thursday's meeting follows ...": an event already told
    r"\W*(?:The|This|That|Its|Their|(?:[A-Z][\w-]+)['’]s)"
    r"\s+(?:[\w-]+\s+){0,2}?\w+\s+(?P<verb>came|comes|come|followed|follows|went ahead|"
    r"goes ahead|capped|caps|marked|marks|was preceded|is the first|was the first|(?:is|was)(?= (?:a|an|seen as) ))\b"
)
SANCTIONS_REGIME = re.compile(
    r"\b(?:pursuant to|OFAC|Office of Foreign Assets Control|sanctions?|blacklist\w*|Entity List|SDN|"
    r"Executive Order|E\.O\.|asset freezes?|blocked)\b"
)
FIRST_TO = re.compile(
    r"\b(?:became|becomes|was|is)\s+the\s+(?:first|second|third|fourth|fifth|latest|last)\s+"
    r"(?:[\w'’.-]+\s+){0,7}to\s+$"
)
STILL_IN_FORCE = re.compile(
    r"\W*(?:remains|remained|is still|was still|stays|expires|expired|lapsed|lapses)\b"
)
CALLED_OFF = re.compile(
    r"(?:[^.;]{0,60}?)\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?"
    r"(?:postponed|cancelled|canceled|called off|delayed|shelved|scrapped|put off|dropped)\b"
)
MET_A_THING = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w%-]+\s+){0,2}(?:war|crisis|challenges?|deadlines?|targets?|"
    r"demands?|criteria|standards?|requirements?|needs?|goals?|obligations?|expectations?|reality|resistance|"
    r"opposition|fate|end)\b"
)
DESIGNATED_HOSTILE = re.compile(
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:as\s+)?(?:an?\s+)?(?:coup|terrorists?|(?:foreign\s+)?terrorist\s+\w+|"
    r"state\s+sponsors?\s+of\s+terror\w*|sponsors?\s+of\s+terror\w*|currency\s+manipulator)\b",
    re.I,
)


# Phrases that tell an act in words a single trigger cannot hold, each with the trigger they stand for;
# the patterns and their reasons are defined above
# "imposed definitive duties of up to 35 per cent on Chinese electric vehicles": duties laid on a
# state's goods (a demonym or a state follows "on" closely), not an official's duties
_DUTIES_ON_GOODS = re.compile(
    r"\b(?:imposed|imposes|imposing|slapped|slaps|levied|levies|set)\s+(?:[\w.%$-]+\s+){0,8}?duties\s+"
    r"(?:of\s+[^;]{0,40}?\s+)?on\s+(?:the\s+)?(?:(?:[\d$€£][\w.,]*|billion|million|worth|of|all|most|some|"
    r"imports|goods|products|from)\s+){0,6}?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|"
    r"Sat|Sun))[A-Z]"
)
# "an identical 25% duty on goods from Mexico", "the levy on Chinese imports"
_DUTY_ON_STATE = re.compile(
    r"(?<!from\s)\b(?:duty|duties|levy|levies)\s+on\s+(?:(?:all|goods\s+from|imports\s+from|the|other|many)\s+)?"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun))[A-Z]"
)
# "granted Canada and Mexico a one-month exemption from his new tariffs", "exempted Indian goods from
# the duties": a measure eased for a state
_EXEMPTED = re.compile(
    r"\b(?:(?:granted|grants|granting|gave|gives|offered)\s+(?:[\w'’.-]+\s+){0,6}?(?:exemptions?|waivers?|reprieve)"
    r"\s+from|exempt(?:ed|s|ing)\s+(?:[\w'’.-]+\s+){0,6}?from)(?:\s+(?:the|its|his|her|their))?"
    r"(?:\s+[\w-]+){0,2}?\s+(?:tariffs|duties|levies|sanctions)\b"
)
_PHRASE_PATTERNS: tuple[tuple[re.Pattern[str], lexicon.Trigger], ...] = (
    (_ON_DAY, lexicon.Trigger("agreed to", "verb", "AGREE", "057")),
    (_TOGETHER, lexicon.Trigger("brought together", "verb", "CONSULT", "040")),
    (_ENVOY_TOLD_TO_LEAVE, lexicon.Trigger("ordered ... to leave", "verb", "SANCTION", "166")),
    (_MEASURE, lexicon.Trigger("revoked ... licences", "verb", "SANCTION", "163")),
    (_ASKED_FOR, lexicon.Trigger("asked ... to", "verb", "REQUEST", "100")),
    (_CASE_BROUGHT, lexicon.Trigger("filed ... case", "verb", "ACCUSE", "115")),
    (_BASE_GIVEN_UP, lexicon.Trigger("withdrew", "verb", "RETREAT", "087")),
    (_LETTER_ASKING, lexicon.Trigger("asked ... to", "verb", "REQUEST", "100")),
    (_IN_TOWN_FOR_TALKS, lexicon.Trigger("held talks", "verb", "CONSULT", "040")),
    (_DUTIES_ON_GOODS, lexicon.Trigger("imposed ... duties", "verb", "SANCTION", "163")),
    (_DUTY_ON_STATE, lexicon.Trigger("tariffs", "noun", "SANCTION", "163")),
    (_EXEMPTED, lexicon.Trigger("eased ... tariffs", "verb", "CONCEDE", "081")),
)


def find_triggers(text: str, sentence: Sentence) -> list[TriggerHit]:
    pattern, table = _trigger_regex()
    seg = text[sentence.start : sentence.end]
    hits = []
    for m in pattern.finditer(seg):
        readings = table[m.group(0).lower()]
        t = readings[0]
        if len(readings) > 1:
            deal_follows = AGREEMENT_NOUN.search(seg[m.end() : m.end() + 50])
            t = next((r for r in readings if (r.pos == "agreement") == bool(deal_follows)), readings[0])
        word = m.group(0).lower()
        if word.startswith("conceded") and re.match(
            r"\s+(?:the\s+)?(?:defeat|the\s+election|victory|the\s+race|the\s+title)\b", seg[m.end() :]
        ):
            continue  # "conceded defeat to Mr Barrow", "the Danish hosts had conceded defeat": no concession to a state
        if (
            word in ("extended", "renewed")
            and t.pos == "agreement"
            and re.match(r"\s+[a-z]", seg[m.end() :])
            and not re.match(
                r"\s+(?:the|a|an|its|their|his|her|this|that|both|for|until|by|to|on|in|at|last|through|into|again|once|"
                r"and|or|with|until)\b",
                seg[m.end() :],
            )
            and not re.search(r"\b(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+)?$", seg[: m.start()])
            and not AGREEMENT_NOUN.match(seg, m.end() + 1)
        ):
            continue  # "talks in narrow and extended formats", "renewed calls for": no deal extended
        if word in ("credit line", "line of credit") and (
            re.match(r"\s+(?:agreement|deal|accord|contract)", seg[m.end() :])
            or re.search(
                r"\b(?:agreement|deal|accord|memorandum|contract)\s+(?:on|for)\s+(?:an?\s+)?(?:\S+\s+){0,4}$",
                seg[: m.start()],
            )
        ):
            continue  # "signed a line of credit agreement": the agreement is the act
        if word in ("approved", "approves") and (
            not re.match(
                rf"(?:\s+[\w'’$.-]+){{0,6}}?\s+(?:{GENERIC_AGREEMENT_NOUNS})\b", seg[m.end() :], re.I
            )
            or re.match(r"(?:\s+[\w'’$.-]+){0,4}?\s+sales?\b", seg[m.end() :])
        ):
            continue  # "parliament approved the security pact"; "approved the possible sale": no deal yet
        if word in ("broker", "brokers") or (word == "brokered" and re.match(r"\s+by\b", seg[m.end() :])):
            continue  # "bases and brokers"; "the Grain Initiative, brokered by Türkiye": named in passing
        if "into force" in word and re.search(
            r"\b(?:before|until|once|when|after|if|will|would|to|yet|not)\s+(?:\S+\s+){0,2}$",
            seg[: m.start()],
        ):
            continue  # "has to be ratified before it comes into force"
        if word in ("phoned", "phones") and re.match(r"\s+in\b", seg[m.end() :]):
            continue  # "the juries phoned in their votes"
        if word in ("strike", "strikes") and (
            re.search(
                r"(?i)\b(?:hunger|general|labou?r|rail|dock|union|workers'?|teachers'?|doctors'?|nurses'?|"
                r"nationwide|wildcat|one-day|\d+-hour|(?:went|go|goes|going|were|are|is|was)\s+on)\s+$",
                seg[: m.start()],
            )
            or re.match(r"\s+action\b", seg[m.end() :])
        ):
            continue  # "staged two hunger strikes", "dockers went on strike": no attack
        if t.plover == "AGREE" and re.match(
            r"\s+(?:an?\s+|the\s+)?(?:open\s+letter|petition|letter\s+to|letter\s+of\s+protest|condolence\s+book|guest\s*book)\b",
            seg[m.end() :],
        ):
            continue  # "had signed an open letter warning …": no agreement between states
        if word in ("sign", "signs") and (
            re.match(r"\s+(?:of|yet)\b", seg[m.end() :])
            or (
                re.search(
                    r"\b(?:a|an|another|any|no|its|clear|visible|positive|encouraging|welcome)\s+$",
                    seg[: m.start()],
                )
                and not re.match(r"\s+(?:a|an|the|their|its|[A-Z])", seg[m.end() :])
            )
        ):
            continue  # "the most visible sign yet of the partnership": a noun, not a signing
        if t.plover == "ASSAULT" and (
            re.search(
                r"\b(?:images?|footage|photos?|photographs?|pictures?|videos?|data|signals?)\s+(?:were\s+|was\s+)?$",
                seg[: m.start()],
                re.I,
            )
            or (
                word.startswith("captured")
                and re.search(
                    r"\b(?:with|the|of|and|displaying|showing|some|its|their)\s+$", seg[: m.start()]
                )
            )
        ):
            # "Images captured on Sunday by a vehicle", "troops march with captured Armenian
            # equipment": no capture of anyone
            continue
        if (
            word == "deposited"
            and t.plover == "AID"
            and not re.search(
                r"\$|€|£|\b(?:million|billion|funds|dollars|euros|reserves)\b", seg[m.end() : m.end() + 80]
            )
        ):
            continue  # "deposited its instrument of accession": a treaty step, not aid
        if (
            word in ("sold", "delivered")
            and (
                re.match(r"\s+out\b", seg[m.end() :])  # "her novels had sold out"
                or re.match(
                    r"\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:communications?|judgments?|judgements?|"
                    r"rulings?|verdicts?|speech|address|message|letters?|notes?|statements?|warnings?|blow|lecture|"
                    r"remarks|ultimatum|decision|notice|notification)\b",
                    seg[m.end() :],
                )
                or re.search(
                    r"\b(?:judgments?|judgements?|rulings?|verdicts?|opinions?|letters?|messages?|notes?|remarks|notices?|notifications?)(?:\s*,[^,;.]{0,80},)?\s+"
                    r"(?:(?!was\b|were\b)[\w'’-]+\s+){0,4}"
                    r"(?:(?:are|were|was|is|had\s+been|have\s+been|has\s+been|being)\s+)?$",
                    seg[: m.start()],
                    re.I,
                )
            )
        ):
            continue  # "the judgment delivered today", "delivered remarks", "letters are delivered": no goods
        if word in ("dock", "docks") and (
            re.search(r"\b(?:landing|platform|amphibious|dry|floating)\s+$", seg[: m.start()], re.I)
            or re.match(r"\s+landing\s+ships?\b", seg[m.end() :], re.I)
        ):
            continue  # "the landing platform dock INS Jalashwa", "a dock landing ship": a kind of ship
        if (
            t.plover == "THREATEN"
            and m.group(0).lower().startswith("warn")
            and not re.search(
                r"\b(?:would|will|could|consequences|retaliat\w*|countermeasures|response|force|action|unless|if)\b",
                seg[m.end() :],
            )
        ):
            continue  # "warned that Canberra was surrendering its sovereignty" is a view, not a threat
        if re.match(r"(?:travel|flew|fly)", m.group(0), re.I) and re.search(
            r",\s+who\s+(?:had\s+)?$", seg[: m.start()]
        ):
            continue  # "Erdogan, who had travelled to Sochi hoping to …": the trip is told by the main clause
        if t.plover == "ASSAULT" and (
            re.match(
                r"\s+(?:[\w-]+\s+){0,1}(?:drills?|exercises?|practice|runs?|training)\b", seg[m.end() :], re.I
            )
            or re.search(
                r"\b(?:practi[cs]ed|practi[cs]ing|simulated|mock|rehearsed|rehearsing)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
                seg[: m.start()],
            )
        ):
            continue  # "staged a precision bombing drill", "practiced bombing a target island": a drill
        if m.group(0).lower() in ("fired", "fires", "fire") and not re.search(
            r"\b(?:missiles?|rockets?|shells?|artillery|mortars?|shots?|rounds|bullets?|guns?|drones?|torpedo\w*|"
            r"projectiles?|munitions?|flares?|water cannon|tear gas|salvos?|volleys?|at|on|upon|into|across|toward|towards|"
            r"with|between)\b",
            seg[m.end() : m.end() + 60],
            re.I,
        ):
            continue  # "fired a sweeping slider": no weapon, no target
        if t.plover == "THREATEN" and re.search(
            r"\b(?:feel|feels|felt|were|was|are|is|being|been|be|remain|remains)\s+(?:\w+ly\s+)?$",
            seg[: m.start()],
        ):
            continue  # "unless its vital interests were threatened", "when they feel threatened": a state, not a threat
        if (
            t.plover == "ASSAULT"
            and (
                (
                    re.search(r"\b(?:that|which|who)\s+(?:has\s+|have\s+|had\s+)?$", seg[: m.start()])
                    # but "the clash in Galwan Valley in June 2020 that killed 20 soldiers" dates it
                    and not re.search(
                        r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)\b",
                        seg[max(0, m.start() - 60) : m.start()],
                    )
                )
                or (
                    t.pos == "noun"
                    and re.search(
                        r"\b(?:of|on|over|about|condemned|condemning|since|history of)\s+the\s+(?:(?:19|20)\d\d\s+)?"
                        r"(?:[A-Z][\w-]*\s+){0,2}$",
                        seg[: m.start()],
                    )
                )
            )
        ):
            continue  # "an insurgency that has killed 3,000", "a commission on the bombing": told of, not told
        if m.group(0).lower() == "signed for" and re.match(
            r"\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[.,;]", seg[m.end() :]
        ):
            continue  # "Netanyahu signed for Israel.": on behalf of a state, not a purchase
        if (
            m.group(0).lower() == "signing"
            and re.search(
                r"\b(?:[Ff]ollowing|[Aa]fter|[Bb]efore|[Aa]t|[Dd]uring|[Aa]head of)\s+the\s+$",
                seg[: m.start()],
            )
            and re.match(r"\s+ceremony\b", seg[m.end() :])
        ):
            continue  # "Following the signing ceremony, the ministers held talks": the signing told already
        if m.group(0).lower() == "designated" and re.match(
            r"\s+(?:as\s+)?(?:the\s+)?[\w-]*\d[\w-]*\b", seg[m.end() :]
        ):
            continue  # "the jet, designated F-39E by the air force": a type name, not a designation
        if t.plover == "ASSAULT" and re.search(
            r"\bwarning\s+(?:shots?|fire)\b", seg[m.end() : m.end() + 80], re.I
        ):
            continue  # "fired some 360 rounds of machine gun warning shots": a warning, not an attack
        if (
            t.plover == "ASSAULT"
            and t.pos == "noun"
            and m.group(0)[0].isupper()
            and m.start() > 0
            and re.match(r"\s+[A-Z]", seg[m.end() :])
        ):
            continue  # "Joint Direct Attack Munitions": a word of a name
        if (
            t.plover == "ASSAULT"
            and t.pos == "noun"
            and re.search(
                r"\b(?:over|for|after)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", seg[: m.start()]
            )
            and re.search(
                r"\b(?:sanction\w*|expel\w*|expulsion|punish\w*|insults?|protest\w*|condemn\w*)\b",
                seg[: m.start()],
                re.I,
            )
        ):
            continue  # "punishing Moscow for a nerve agent attack", "traded insults over fires": the reason
        if (
            t.plover == "ASSAULT"
            and re.match(r"(?:strikes|strike|struck)$", m.group(0), re.I)
            and AGREEMENT_NOUN.search(seg[max(0, m.start() - 50) : m.start()])
        ):
            continue  # "any agreement that Nauru strikes with another country": a deal struck
        if m.group(0).lower() in ("hosted", "hosts", "hosting") and re.match(
            r"\s+(?:[\w'’-]+\s+){0,5}?(?:centres?|centers?|bases?|facilit(?:y|ies)|camps?|refugees|troops|forces|"
            r"headquarters|detainees|asylum seekers)\b",
            seg[m.end() :],
        ):
            continue  # "Nauru has hosted Australia's offshore processing centre": a facility, not a meeting
        if (
            t.plover == "REQUEST"
            and (
                # "protests demanding her resignation", "protesters in Islamabad demanded"
                re.search(
                    r"\b(?:protests?|demonstrations?|rallies|strikers)\s+$|"
                    r"\b(?:protesters|demonstrators|crowds?|marchers)\b(?:\s+\w+){0,3}\s+$",
                    seg[: m.start()],
                    re.I,
                )
                # "thousands of people marched through Baku demanding mobilization"
                or re.search(
                    r"\b(?:people|protesters|demonstrators|crowds?|supporters|residents|students)\b[^.;]{0,50}?\b"
                    r"(?:marched|rallied|gathered|protested|demonstrated|took\s+to\s+the\s+streets)\b[^.;]{0,60}$",
                    seg[: m.start()],
                    re.I,
                )
            )
        ):
            continue  # "protests demanding her resignation": the street, not a state, demands
        if word in ("called on", "calls on", "call on") and (
            not re.match(
                r"\s+(?:the\s+)?(?:(?:caretaker|interim|acting|visiting|outgoing|new|then)\s+)?"
                r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?![\w\s,.'’]{0,40}\b(?:to\s+[\"“']?[a-z]|for\s+(?:help|"
                r"assistance|support|aid|restraint|calm)\b))",
                seg[m.end() :],
            )
            or re.search(r"\bport\s+$", seg[: m.start()], re.I)
        ):
            continue  # "called on Prime Minister X" is a courtesy call; "called on X to act" an appeal
        if m.group(0).lower() == "ordered" and (
            re.search(r"\b[a-z]+s\s+$", seg[: m.start()])
            or re.match(r"\s+(?:\S+\s+){0,6}?to\s+[a-z]+", seg[m.end() :])
            or not re.match(
                r"\s+(?:\d|(?:a|an|the|its|their|more|another|additional|further|two|three|four|five|six|"
                r"eight|ten|twelve|dozens)\b)",
                seg[m.end() :],
            )
        ):
            continue  # "Malaysia ordered 18 jets in a contract"; not "units ordered under", "ordered his army to"
        if re.match(r"(?i)(?:requested|requesting|asked\s+for|asking\s+for)$", m.group(0)) and re.match(
            r"\s+(?:anonymity|not\s+to\s+be\s+(?:named|identified))", seg[m.end() :]
        ):
            continue  # "officials who requested anonymity": a source's wish, not a request between states
        if re.match(
            r"(?i)(?:warn|criticis|criticiz|condemn|demand|accus)", m.group(0)
        ) and _NON_STATE_VOICE.search(seg[: m.start()]):
            continue  # "Business leaders warned the ban could cost exporters $200 million": no state speaks
        if re.match(r"(?i)demanded$", m.group(0)) and (
            re.search(
                r"\b(?:as|what|which|that)\s+(?:[\w'’-]+\s+){1,3}(?:had|has|have)\s+(?:long\s+|repeatedly\s+)?$",
                seg[: m.start()],
            )
            or re.search(r"\b[A-Z][\w'’-]+\s+(?:had|has)\s+(?:long\s+)?$", seg[: m.start()])
            and re.search(
                r"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){1,4}[A-Z][\w'’-]+\s+(?:had|has)\s+(?:long\s+)?$",
                seg[: m.start()],
            )
            or re.match(r"\s+by\b", seg[m.end() :])
        ):
            continue  # "as Lima had demanded", "the apology Seoul had demanded", "reforms demanded by donors": told, not made
        if re.search(r"\b(?:has|have|had)\s+(?:also\s+)?long\s+$", seg[: m.start()]) or re.match(
            r"(?i)(?:buys|bought|buying)\s+(?:\w+\s+)?(?:time|little|nothing)\b", seg[m.start() :]
        ):
            continue  # "Manama has long accused Iran", "a deal that buys time": a standing charge, an idiom
        if m.group(0).lower() in ("called at", "calls at") and not SHIP.search(seg):
            continue  # "HMS Trent called at Georgetown": a port call; a person calling at a house is not
        if m.group(0).lower() in ("spoke with", "spoke to", "speaks with", "speaks to") and not re.match(
            r"\s+(?:his\s+|her\s+)?(?:[a-z]+\s+){0,2}(?:[A-Z][\w.'’-]*)", seg[m.end() :]
        ):
            continue  # "spoke with Pashinyan", "spoke to his Chinese counterpart"; not "spoke to reporters"
        if t.plover == "AGREE" and re.match(
            r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:law|decree|bill|executive order)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:declaring|voiding|annulling|nullifying|revoking|scrapping|cancell?ing|suspending|terminating|denouncing|"
            r"renouncing|withdrawing)\b",
            seg[m.end() :],
        ):
            t = lexicon.Trigger(
                t.phrase, "verb", "REJECT", "120"
            )  # "signed a law declaring the MoU null and void"
        if t.plover == "AGREE" and re.match(r"(?i)(?:struck|strikes?|striking)\s+down\b", seg[m.start() :]):
            continue  # "a ruling that struck down the law ratifying the agreement": no deal struck
        if (
            t.plover == "ASSAULT"
            and "crossed" in m.group(0).lower()
            and (
                re.search(r"\b[Tt]he\s+last\b", seg[max(0, m.start() - 60) : m.start()])
                or re.search(
                    r"\b(?:pull-?out|withdrawal|departure|withdrawing|pulling out|(?:flown|flew|went|returned|sent) home)\b",
                    seg,
                )
            )
        ):
            t = lexicon.Trigger(t.phrase, t.pos, "RETREAT", "087")  # "the last troops crossed into Niger"
        if t.plover == "COERCE" and re.match(r"\s+(?:power|control of the government)\b", seg[m.end() :]):
            continue  # "colonels seized power": a coup at home, not one state coercing another
        if (
            t.plover == "COOPERATE"
            and m.group(0)
            .lower()
            .startswith(("handed", "hand over", "hands over", "returned", "turned over"))
            and (
                re.match(
                    r"(?:\s+[\w'’-]+){0,4}?\s+(?:base|bases|Base|camp|camps|Camp|positions|outposts?|facilities|sites|"
                    r"quarters|barracks|garrison|airfield|air field|airbase|naval station|Naval Station)\b",
                    seg[m.end() : m.end() + 50],
                )
                # "when the Adji Kossei base was handed over"
                or re.search(
                    r"\b(?:base|bases|camp|camps|facilities|sites)\s+(?:was|were|had been|has been)\s+$",
                    seg[: m.start()],
                )
            )
        ):
            t = lexicon.Trigger(t.phrase, t.pos, "RETREAT", "087")  # "handed over their last base"
        if (
            t.plover == "COOPERATE"
            and m.group(0).lower().startswith(("handed", "hand over", "hands over"))
            and (
                re.match(rf"(?:\s+[\w'’-]+){{0,4}}?\s+{_PEOPLE}\b", seg[m.end() : m.end() + 60])
                # "the two Jordanians were handed over at the bridge", "He was handed over to"; not
                # "they" (submarines are handed over too)
                or re.search(
                    rf"(?:{_PEOPLE}\b|\b(?:[Hh]e|[Ss]he)\b)[^.;]{{0,80}}\b(?:was|were|been|being)\s+(?:also\s+)?$",
                    seg[: m.start()],
                )
            )
        ):
            # "Belgium handed over Iranian diplomat Assadi", "handed over two American citizens": a
            # release of people, as the PLOVER manual codes it
            t = lexicon.Trigger(t.phrase, t.pos, "RETREAT", "084")
        if word in ("suspended", "suspends") and _DOMESTIC_ORGAN.match(seg, m.end()):
            continue  # "deposed Kaboré and suspended the constitution": a coup at home, no sanction
        if t.plover == "RETREAT" and (
            _LEFT_DEAD.match(seg, m.end()) and word.endswith("left") or _OUT_OF_A_VOTE.match(seg, m.end())
        ):
            continue  # "fighting that left 200 people dead", "pulled out of the June 27 run-off"
        if (
            word == "deployed"
            and re.search(r"(?:\b\d[\d,.]*|\bnon-|\b(?:and|or))\s*$", seg[: m.start()])
            and re.match(
                r"\s+(?:and\s+non-deployed\s+)?[A-Za-z][\w-]*(?:s|S)\b(?!\s+(?:to|in|at|on|along|near)\b)",
                seg[m.end() :],
            )
        ):
            continue  # "limits each side to 700 deployed ICBMs": an adjective counting weapons
        if word.startswith(("handed over", "hands over")) and re.match(
            r"\s+(?:a|the|its|their)\s+(?:[\w-]+\s+)?(?:lists?|letters?|notes?|dossiers?|messages?|documents?)\b",
            seg[m.end() :],
        ):
            continue  # "India handed over a list of 418 Pakistani prisoners": papers, not cooperation
        if word == "signature" and re.search(r"\bopen(?:ed)?\s+for\s+$", seg[: m.start()]):
            continue  # "the treaty was opened for signature in 1996": no state signed by that
        if t.plover == "REJECT" and re.search(
            r"\b(?:voters|electorate|referendum)\s+(?:\w+ly\s+)?$", seg[: m.start()]
        ):
            continue  # "voters narrowly rejected the deal": a ballot, not a state's refusal
        if (
            t.plover == "COERCE"
            and re.search(
                r"(?i)\b(?:wrongfully|unjustly|arbitrarily|illegally|unlawfully|free|release|freeing|releasing)\s+$",
                seg[max(0, m.start() - 14) : m.start()],
            )
            and not re.search(
                r"\b(?:was|were|been|being|is|are)\s+\w+\s+$", seg[max(0, m.start() - 30) : m.start()]
            )
        ):
            continue  # "release wrongfully detained Americans": a demand about people held, no arrest told
        if (
            t.plover == "RETREAT"
            and re.fullmatch(r"(?:was|were) (?:exchanged|swapped)", m.group(0).lower())
            and not re.search(
                rf"{_PEOPLE}|\b(?:people|persons|men|women|agents|officers)\b",
                seg[max(0, m.start() - 160) : m.start()],
            )
        ):
            continue  # "notes were exchanged", "fire was exchanged": no people set free
        if (
            t.plover == "RETREAT"
            and m.group(0).lower().startswith(("released", "freed"))
            and _TOLD_OF_FREED.search(seg, max(0, m.start() - 12), m.start())
        ):
            continue  # "two of the released Iranian citizens": people told of, not their release
        if t.plover == "COOPERATE" and re.match(
            r"(?:\s+[\w'’-]+){0,4}?\s+(?:instruments?|documents?|letters?|credentials|notes?|messages?|invitations?)\b",
            seg[m.end() : m.end() + 60],
        ):
            continue  # "handed over Sweden's instrument of accession": paper, not materiel
        if t.plover == "ASSAULT" and re.match(
            r"\s+(?:water[ -]cannons?|flares|warning shots|lasers?|a laser)\b",
            seg[m.end() : m.end() + 20],
            re.I,
        ):
            continue  # "fired water cannon at": coercion, told by its own trigger, not an armed attack
        if (
            t.plover == "ASSAULT"
            and m.group(0).lower() == "raided"
            and re.search(
                r"(?i)\b(?:police|officers|agents|inspectors|investigators|authorities)\b",
                seg[max(0, m.start() - 40) : m.start()],
            )
        ):
            continue  # "police in Baku raided the offices of Sputnik": a search, not an armed attack
        if t.plover == "ASSAULT" and m.group(0).lower().startswith("fire"):
            ahead = seg[m.end() : m.end() + 80]
            missile = re.search(r"\b(?:missiles?|rockets?)\b", ahead, re.I)
            if missile and not re.search(
                r"\bat\s+(?:the\s+)?(?:[A-Z]|targets|bases|positions|hideouts|camps|what)", ahead
            ):
                t = lexicon.Trigger(t.phrase, t.pos, "MOBILIZE", "150")  # a launch, not an attack on someone
        hits.append(
            TriggerHit(
                sentence.start + m.start(), sentence.start + m.end(), m.group(0), t.pos, t.plover, t.cameo
            )
        )
    by_first = _gapped_index()
    lowered = seg.lower()
    present = [w for w in by_first if w in lowered]  # a substring test is cheap; the regex decides
    # only the phrases whose first part the sentence holds are tried, in lexicon order
    extra = [
        (m, t)
        for _, source, t in sorted(x for w in present for x in by_first[w])
        for m in _gapped_regex(source).finditer(seg)
        if not re.search(
            r"\b(?:plans?|intentions?|proposals?|hopes?|talks|negotiations)\b",
            m.group(0)[: m.group(0).lower().rfind(t.phrase.split(" ... ")[-1].lower())],
            re.I,
        )
        and not (
            t.plover == "CONSULT"
            and t.phrase.lower().startswith("received")
            and re.search(
                r"\b(?:from|letters?|messages?|calls?|invitations?|reports?|requests?|assurances?|copy|credentials|award)\b",
                m.group(0),
                re.I,
            )
        )
        and not (
            re.match(r"(?:was|were) received\b", m.group(0), re.I)
            and re.search(
                r"\b(?:officers|troops|soldiers|police|personnel|contingents?|forces|units|aircraft|ships|jets|"
                r"vessels|goods|shipments?|supplies|vaccines|doses)\s+$",
                seg[: m.start()],
            )
        )
        and not (
            t.plover == "ASSAULT"
            and re.match(
                r"[\"”']?\s+(?:a|the|its)\s+(?:[\w-]+\s+){0,2}?target\b(?!\s+(?:in|on|at)\b)", seg[m.end() :]
            )
        )
        and not (t.plover == "RETREAT" and _TOLD_OF_FREED.search(seg, max(0, m.start() - 12), m.start()))
        # "shot down a drone after it entered Algerian airspace", "escorted the plane as it
        # entered Saudi airspace": the crossing is told as the moment of another act
        and not (
            t.plover == "MOBILIZE"
            and re.match(r"(?i)(?:entered|enters|enter|flew|violated|sailed|passed)\b", m.group(0))
            and re.search(r"\b(?:after|as|when|before|once|until)\s+(?:[\w'’-]+\s+){0,4}$", seg[: m.start()])
        )
        and not (
            t.plover == "RETREAT" and m.group(0).lower().endswith("left") and _LEFT_DEAD.match(seg, m.end())
        )
        # "ordered 750 soldiers from the 82nd Airborne", "ordered two diplomats from the embassy to
        # leave": a deployment or an expulsion, not a purchase
        and not (
            t.phrase in ("ordered ... from", "orders ... from")
            # "four frigates ordered from China": the ships, told by their origin, not an order placed;
            # "ordered 12 fighters from Turkey in a contract worth $10 billion": the contract's reading
            and (
                re.fullmatch(r"(?i)order(?:ed|s)\s+from", m.group(0))
                or re.search(r"\b(?:contract|deal|agreement)s?\b", seg[m.end() :], re.I)
                or re.search(
                    r"(?i)\b(?:troops|soldiers|forces|personnel|staff|diplomats?|ambassadors?|envoys?|citizens|"
                    r"nationals|employees|officials|people|units|battalions?|division|evacuation|expulsion|"
                    r"withdrawal|release|return|to)\b",  # "the ICJ ordered Venezuela to refrain from"
                    m.group(0),
                )
            )
        )
        # "an official, who asked not to be named", "asked reporters to leave": no state's request
        and not (
            t.phrase == "asked ... to"
            and re.search(r"(?i)\bnot\b|\b(?:reporters|journalists|him|her|them|me|us|you)\b", m.group(0))
        )
    ]  # "announced plans for a pact" is no pact; "called off ... talks" names its talks; "received
    # a letter from the president" is no visit received; a missile that "hit a target island" was a test
    extra += [(m, trigger) for pattern, trigger in _PHRASE_PATTERNS for m in pattern.finditer(seg)]
    extra += [
        (m, lexicon.Trigger("massed ... troops", "verb", "MOBILIZE", "152"))
        for m in _FORCES_TO_BORDER.finditer(seg)
        if _FORCE_WORDS.search(seg, max(0, m.start() - 80), m.end())
    ]
    extra += [
        (m, lexicon.Trigger("pledged", "verb", "AID", "070"))
        for m in _MONEY_GIVEN.finditer(seg)
        if not _SALE_WORDS.search(seg)
        and not _NOT_DONE_OR_NO_STATE.search(seg[max(0, m.start() - 40) : m.start()])
    ]
    extra += [
        (m, lexicon.Trigger("boycotted", "verb", "REJECT", "120"))
        for m in _SHUN.finditer(seg)
        if not _NOT_DONE_OR_NO_STATE.search(seg[max(0, m.start() - 60) : m.start()])
        and not re.search(r"\b(?:if|unless)\b", seg[m.end() :])
    ]
    for m, t in sorted(extra, key=lambda x: (x[0].start(), -x[0].end())):
        a, b = sentence.start + m.start(), sentence.start + m.end()
        covered = [h for h in hits if h.start < b and a < h.end]
        if any(
            (
                h.pos not in ("noun", "agreement")
                and not (h.start == a and h.plover != t.plover)
                # "announced that Colombia would sever diplomatic relations": the whole phrase
                # tells the act that the modal inside it would otherwise hide
                and not (h.start > a and h.end == b and h.plover == t.plover)
                # "bowed to Japan's demands": the verb trigger that ends the phrase is its noun
                and not (
                    h.start > a
                    and h.end == b
                    and re.search(
                        r"(?:['’]s|\b(?:the|its|their|his|her|these|those|main|key))\s+$", text[a : h.start]
                    )
                )
            )
            or h.start < a
            or h.end > b
            for h in covered
        ):
            continue  # a plain trigger already covers these words ("seized the airport" retypes "seized")
        # "lifted most of the sanctions", "ratified Sweden's membership": the longer phrase,
        # not a noun or a deal-verb inside it, tells what happened
        hits = [h for h in hits if h not in covered]
        hits.append(TriggerHit(a, b, m.group(0), t.pos, t.plover, t.cameo))
    hits = [
        h
        for h in hits
        if not (
            h.phrase.lower().startswith("evacuating")
            and re.search(r"\b(?:in|for|of|on|with|about)\s+$", text[max(0, h.start - 6) : h.start])
        )
    ]  # "thanked Poland for its assistance in evacuating Indian nationals": the help, told in passing
    for i, h in enumerate(hits):
        if (
            h.plover == "MOBILIZE"
            and h.phrase.lower().startswith(("evacuat", "began evacuat"))
            and re.search(
                r"(?i)\bforeign(?:ers)?\b|\bfrom\s+\w+\s+(?:other\s+)?countries\b", text[h.start : h.end + 40]
            )
        ):
            # "evacuated 225 foreign nationals from ten countries": a service to other states, aid;
            # a state evacuating its own citizens moves its forces
            hits[i] = TriggerHit(h.start, h.end, h.phrase, h.pos, "AID", "073")
            continue
        if h.plover == "MOBILIZE" and h.cameo == "150":
            ahead = text[h.end : min(sentence.end, h.end + 90)]
            state = re.search(r"\b(?:at|on|against)\s+((?:[A-Z][\w'’-]+\s?){1,3})", ahead)
            if re.search(
                r"\b(?:at|on|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:cities|city|towns?|villages?|targets|bases|positions|"
                r"civilians|infrastructure|power plants?|airports?|territory|sites?|facilit(?:y|ies)|compounds?|"
                r"house|camps|plant|warships?|vessels?)\b|,\s+killing\b",
                ahead,
            ) or (state and state.group(1).strip() in lexicon.country_names()):
                # "launched a wave of missiles and drones at cities across Ukraine, killing 11": an attack
                hits[i] = TriggerHit(h.start, h.end, h.phrase, h.pos, "ASSAULT", "195")
    for m in _AID_PLEDGE.finditer(seg):
        ahead = seg[m.end() : m.end() + 110]
        if (
            not _AID_THINGS.search(ahead)
            or _SALE_WORDS.search(seg)
            or re.search(
                r"\b(?:intends?|plans?|reconsider|consider|ban|whether|if|could|might|thinking|no|not|never)\b",
                m.group(0),
                re.I,
            )
            or not re.search(
                r"\bto\s+(?:the\s+)?[A-Z]|^\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+with\b|^\s+(?:\d|a |an |another |more |additional |further |two |three |four |five |six |ten |dozens )",
                ahead,
            )
        ):
            continue
        a, b = sentence.start + m.start(), sentence.start + m.end()
        hits = [h for h in hits if not (h.plover in ("COOPERATE", "AGREE") and a <= h.start < b + 110)]
        hits.append(TriggerHit(a, b, m.group(0), "verb", "AID", "072"))
    for m in _QUIT.finditer(seg):
        bloc = lexicon.bloc_regex().match(seg, m.end()) or _NAMED_BODY_OR_TREATY.match(seg, m.end())
        a, b = sentence.start + m.start(), sentence.start + m.start() + len(m.group("verb"))
        if (
            bloc
            and not re.match(
                r"[\s-]+(?:summit|meeting|talks|headquarters|building|capital|conference|session|ministers|"
                r"leaders|mission|force|troops|delegation)\b",
                seg[bloc.end() :],
            )
            # "a country that has left the EU", "since the UK left the EU": a standing fact told
            # in passing; "left the EU and NATO with": another verb
            and not re.search(
                r"\b(?:that|which|who)\s+(?:has\s+|had\s+)?$|\bsince\s+(?:\S+\s+){0,3}$", seg[: m.start()]
            )
            and not re.match(r"(?:\s+(?:and|or)\s+\S+)?\s+with\b", seg[bloc.end() :])
            # "it was withdrawing from the OAS" tells the act; "any decision on leaving the CSTO" does not
            and (
                not m.group("verb").endswith("ing")
                or re.search(
                    r"\b(?:is|are|was|were|am)\s+(?:now\s+|formally\s+|officially\s+)?$", seg[: m.start()]
                )
            )
            # "Morocco withdrew from the OAU": the body named makes the plain "withdrew" (RETREAT) a rejection
            and not any(
                (h.start <= a < h.end or a <= h.start < b) and not (h.start == a and h.plover == "RETREAT")
                for h in hits
            )
        ):
            hits = [h for h in hits if not (h.start == a and h.plover == "RETREAT")]
            # "Mali quit ECOWAS", "Niger left the G5 Sahel", "was withdrawing Honduras from the OAS":
            # a state leaving a bloc rejects it
            hits.append(TriggerHit(a, b, m.group("verb"), "verb", "REJECT", "120"))
    for m in _SENT.finditer(seg):
        window = re.split(
            r"[.;:]\s|\bto\s+(?:help|assist|support|monitor|shadow|patrol|protect|evacuate)\b",
            seg[m.end() : m.end() + 100],
        )[0]
        a, b = sentence.start + m.start(), sentence.start + m.end()
        if _NOT_CARGO.match(window) or any(
            a <= h.start <= b + len(window) or h.start <= a < h.end for h in hits
        ):
            continue  # "sent a letter", "sent its foreign minister"; or a listed phrase says it already
        if m.group(0).lower().endswith("ing") and not re.search(r"\bby\s+$", seg[: m.start()]):
            continue  # "thinking of sending weapons", "accuses Ankara of sending drones": not told as done
        if re.search(r"(?i)\bmissiles?\b[^,]*\b(?:over|into|toward|towards|across)\b", window):
            continue  # "sent a ballistic missile over northern Japan": a launch, not a transfer
        if _RELIEF_CARGO.search(window) or (_AID_THINGS.search(window) and not _FORCES.search(window)):
            # "sent four C-130s carrying a field hospital", "has sent howitzers and Javelins to Ukraine"
            hits.append(TriggerHit(a, b, m.group(0), "verb", "AID", "073"))
    if re.search(r"(?i)\b(?:knives|axes|bladed|wielding|injur\w*|wounded|rammed|melee|clubs)\b", seg):
        # "boarded Philippine navy boats wielding knives and axes": a boarding with violence is an attack
        hits = [
            TriggerHit(h.start, h.end, h.phrase, h.pos, "ASSAULT", "180")
            if h.plover == "COERCE" and h.phrase.lower().startswith("boarded")
            else h
            for h in hits
        ]
    return sorted(hits, key=lambda h: h.start)


_QUIT = re.compile(
    r"\b(?P<verb>quit|quits|quitting|left|leaves|leaving|exited|exits|exiting|pulled\s+out\s+of|"
    r"withdr(?:ew|aws|awing|awn)\s+(?:[A-Z][\w'’-]+\s+){0,3}from)\s+(?:the\s+)?(?=[A-Z])"
)
# the last word of a body's name: "the Barents Euro-Arctic Council", "the Organisation of African Unity"
_BODY_HEADS = (
    r"Council|Organi[sz]ation|Union|Community|Commission|Alliance|Initiative|Forum|Group|Partnership"
)
# a body or a treaty named in full after the verb: "withdrew from the Organisation of African Unity",
# "left the Treaty on Open Skies", "was withdrawing from the Barents Euro-Arctic Council"
_NAMED_BODY_OR_TREATY = re.compile(
    rf"(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|on|and)\s+)?){{0,5}}?(?:{_BODY_HEADS}|Treaty|Pact|Convention|Protocol|"
    r"Agreement|Accord|Court)\b(?:\s+(?:on|of|for)\s+[A-Z])?"
)

# "has sent howitzers to Ukraine", "dispatched frigates", "sent a C-130 carrying tents": what was sent
# decides the event (relief and arms are aid; troops, ships and aircraft are forces moved)
_SENT = re.compile(r"\b(?:sent|sends|sending|dispatched|dispatches|dispatching)\b", re.I)
_NOT_CARGO = re.compile(
    r"(?i)\s+(?:\w+\s+){0,3}?(?:letters?|notes?|messages?|invitations?|signals?|envoys?|delegations?|ministers?|"
    r"secretary|president|emissar(?:y|ies)|representatives?|condolences|greetings|congratulations|home|back|"
    r"shock\s*waves|a\s+(?:clear|strong)|questionnaires?|requests?|proposals?|draft)\b"
)
_FORCES = re.compile(
    r"(?i)\b(?:troops|soldiers|personnel|battalions?|brigades?|paratroopers|police(?:men)?|marines|contingents?|"
    r"forces|units|warships?|frigates?|destroyers?|corvettes?|ships?|vessels|(?:patrol|fast)\s+boats|submarines?|"
    r"aircraft|jets|fighters|helicopters|bombers|planes|carriers?)\b"
)


# "announced on Jan. 14 that it would send 14 Challenger 2 tanks", "pledged 14 tanks", "approved the
# delivery of Leopard 2 tanks to Ukraine", "will buy a missile system and donate it to Ukraine": arms
# given, announced by the giver (not sold: a sale or contract in the sentence keeps it a transfer)
_AID_PLEDGE = re.compile(
    r"\b(?:announced|announces|announcement|confirmed|confirms|said|says|pledged|pledges|promised|approved|"
    r"approves)\b(?:(?!\b(?:but|however)\b)(?:[^.;\n]|\.(?=\s\d))){0,90}?\b(?:send|sending|provide|providing|supply|supplying|dispatch|"
    r"dispatching|donate|donating|give|giving|delivery of)\b"
    r"|\b(?:pledged|pledges|promised)\b(?=\s+(?:\d|[$€£]\s?\d|a |an |another |more |additional |further |two |three |four |five |six |ten |dozens ))",
    re.I,
)
_AID_THINGS = re.compile(
    r"\b(?:tanks?|jets?|fighters|aircraft|missiles?|(?:air defen[cs]e )?systems?|vehicles|howitzers|launchers|drones|"
    r"ammunition|shells|guns|weapons|rifles|military aid|military support|military assistance|aid package)\b",
    re.I,
)
_SALE_WORDS = re.compile(r"\b(?:sale|sales|sell|sold|contract|purchased?|order|export licen[cs]e)\b", re.I)


def _clause_before(text: str, sentence: Sentence, pos: int) -> str:
    seg = text[sentence.start : pos]
    cut = max(seg.rfind(";"), seg.rfind(":"), seg.rfind(" — "), seg.rfind(" – "))
    return seg[cut + 1 :] if cut >= 0 else seg


_FAR_MODAL = re.compile(
    r"\b(?:will|would|shall|could|might|may|whether|(?:is|are|was|were) (?:due|scheduled|set|expected) to)\b"
    r"(?:,[^,;]{1,30},)?(?P<rest>[^,;()\"“”]*)$"  # "would, for the first time, allow"
)


def _governed_by_modal(before: str) -> bool:
    """A modal further back in the same clause still governs the trigger ("will take effect only
    after it is ratified", "with the first to be delivered"), unless a relative clause holds it
    ("the pact, which will run to 2035, was signed") or a finite past verb comes between."""
    if re.search(r"\bto be\s+(?:\w+ly\s+)?$", before):
        return True
    window = " ".join(before.split()[-18:])
    m = _FAR_MODAL.search(window)
    if not m:
        return False
    if re.search(r"\b(?:that|which|who)\s+(?:\w+\s+)?$", window[: m.start()]) and not m.group(0).startswith(
        ("is ", "are ")
    ):
        return False  # but "Scholz, who is due to travel to China for a visit": the visit is to come
    return not re.search(r"\b(?:was|were|had|has|have|did|said|says)\b", m["rest"])


def _no_full_stop(text: str, sentence: Sentence) -> bool:
    """A headline or a live blog's line: no full stop, so "X to meet Y" there is what is to come."""
    return not re.search(r"[.!?\"”')]\s*$", text[sentence.start : sentence.end])


def _no_meeting_held(text: str, sentence: Sentence, hit: TriggerHit, before: str) -> bool:
    """Meeting words that tell of no meeting held: asked for, to come, called off, a name's word."""
    after = text[hit.end : sentence.end]
    phrase = hit.phrase.lower()
    if hit.pos == "noun" and re.search(
        r"\b(?:requested|requests|request|asked\s+for|asks\s+for|called\s+for|calls\s+for|sought|seeks|invoked)\s+"
        r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
        before,
    ):
        return True  # "requested consultations under Article 4": a request, not the consultations
    if hit.pos == "noun" and re.search(
        r"\b(?:participation\s+in|leaving|left|leave|leaves|quit|quitting|withdr[ae]w\s+from|withdrawing\s+from|"
        r"called\s+off|calls\s+off|cancell?ed|pulled\s+out\s+of|refused\s+to\s+attend|declined\s+to\s+attend|"
        r"boycotted|skipped|summoned\s+(?:[\w.,'’-]+\s+){1,8}?to)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+(?:['’]s)?\s+){0,2}$",
        before,
    ):
        return True  # "cease its participation in the dialogue forum": a forum left, not a meeting held
    if hit.pos == "noun" and re.match(
        r"[^.;]{0,60}?\b(?:is|are)\s+(?:reportedly\s+|now\s+|still\s+|also\s+)?being\s+"
        r"(?:planned|prepared|considered|discussed|organi[sz]ed|arranged)\b",
        after,
    ):
        return True  # "The second Foreign Ministers' Meeting is reportedly being planned"
    if (
        hit.pos == "noun"
        and re.match(
            r"[^.;]{0,120}?\b(?:would|will|did|does|has|have|had)\s+(?:not|never)\s+(?:now\s+|yet\s+)?(?:take\s+place|"
            r"taken\s+place|go\s+ahead|gone\s+ahead|happen|happened)\b|[^.;]{0,80}?\b(?:has|have)\s+(?:not\s+)?been\s+"
            r"(?:confirmed|cancell?ed|called\s+off|postponed|rescheduled)\b|[^.;]{0,80}?\b(?:has|have)\s+not\s+been\s+announced\b"
            r"|[^.;]{0,80}?\b(?:can|could|will|would|should|may|might)\s+(?:\w+\s+)?take\s+place\b",
            after,
        )
        and not re.match(r"[^.;]{0,80}?\bhas\s+been\s+confirmed\b", after)
    ):
        return True  # "a meeting ... would not now take place", "no meeting has been confirmed"
    if (
        hit.phrase[:1].isupper()
        and re.search(r"\bof\s+the\s+(?:[A-Z][\w-]*\s+){1,4}$", before)
        and re.search(r"\b(?:said|says|told|wrote|argued|argues)\b", text[sentence.start : sentence.end])
    ):
        return True  # "Michael Shifter of the Inter-American Dialogue said": an organisation's name
    if (
        re.search(r"\bto\s+be\s+(?:\w+ly\s+)?$", before)
        or re.match(r",?\s+to\s+be\s+(?:\w+ly\s+)?\w+ed\b", after)
        or (re.search(r"\w\s+to\s+$", before) and _no_full_stop(text, sentence))
        or re.search(r"\brefused\s+(?:\S+\s+){0,3}to\s+(?:let|allow)\s+\w+\s+$", before)
    ):
        return True  # "the summit, to be hosted virtually by Brunei", "Commanders to meet within days"
    if phrase.startswith("held a") and re.search(
        r"\b(?:cabinet|party|board|staff|security council)\b", phrase
    ):
        return True  # "held a cabinet meeting on board the warship": a government meeting its own
    if hit.pos == "noun" and (
        re.search(r"\b(?:[Cc]abinet|National\s+Security\s+Council|[Pp]olitburo)\s+$", before)
        or re.match(
            r"\s+of\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:(?:inner|security|federal|full)\s+)?cabinet\b"
            r"|\s+of\s+(?:the\s+|its\s+)?National\s+Security\s+Council\b",
            after,
            re.I,
        )
    ):
        return True  # "after a meeting of the inner cabinet", "a cabinet meeting": a government alone
    if hit.pos == "noun" and re.match(
        r"[^.;]{0,120}?\b(?:never\s+(?:took\s+place|happened|materiali[sz]ed)|fell\s+through)\b", after
    ):
        return True  # "A meeting between Zelensky and Duda ... never took place"
    if phrase == "hosted" and re.match(r"\s+by\b", after):
        return True  # "an international fleet review hosted by the South Korean Navy"
    if re.match(r"(?:flew|flown|fly|flies)\s+(?:into|over|to)", phrase) and re.match(
        r"\s+(?:[\w-]+\s+){0,2}airspace\b", after
    ):
        return True  # "The jets flew into Estonian airspace": an incursion, not a visit
    if re.match(r"(?:met|meet|meets)$", phrase) and re.match(
        r"\s+(?:[\w-]+\s+){0,2}?(?:fates?|end|demise|resistance|opposition|criticism|approval|expectations|targets?|"
        r"requirements?|deadlines?|standards?|criteria|demands?|needs|goals?|obligations?|conditions)\b",
        after,
    ):
        return True  # "two projects have met very different fates", "met NATO's spending target"
    # "approved the negotiating frameworks for Chisinau and Kyiv"
    return phrase == "negotiating" and bool(
        re.match(
            r"\s+(?:frameworks?|mandates?|positions?|teams?|table|process|rounds?|chapters?|directives?|conference)\b",
            after,
        )
    )


# what a relief flight carries: rescuers, medical teams, supplies
_RELIEF_CARGO = re.compile(
    r"(?i)\b(?:rescue|rescuers|search-and-rescue|relief|humanitarian|medical\s+(?:team|teams|supplies)|"
    r"medicines?|field\s+hospital|emergency\s+supplies|disaster\s+(?:response|relief)|tents|blankets|"
    r"food\s+(?:aid|supplies)|aid\s+supplies|doctors|nurses|medics|health\s+workers)\b"
)
# "the released Iranian citizens", "the newly freed sailors": people told of, not set free here
_TOLD_OF_FREED = re.compile(r"(?i)\b(?:the|of|newly|recently)\s+$")
# what a coup or a government suspends at home: no sanction on another state
_DOMESTIC_ORGAN = re.compile(
    r"\s+(?:the\s+|its\s+|the\s+country's\s+)?(?:constitution|parliament|national\s+assembly|legislature|"
    r"government|cabinet|elections?|political\s+parties|civil\s+liberties|curfew|internet)\b",
    re.I,
)
# "that left more than 200 people dead": casualties, not a withdrawal
_LEFT_DEAD = re.compile(r"\s+(?:[\w,'’-]+\s+){0,6}?(?:dead|killed|injured|wounded|homeless|displaced)\b")
# "pulled out of the run-off": a candidate leaving a vote
_OUT_OF_A_VOTE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:run-?off|election|race|vote|ballot|contest|tournament|competition)\b",
    re.I,
)
# an arrest or detention, made by the police of the state where it happens
_ARREST = re.compile(r"(?i)arrest|detain")
# "Hundreds more were arrested", "Four other suspects": the clause opens with a crowd or a gang
_HELD_CROWD = re.compile(
    r"(?i)\W*(?:[\w'’-]+\s+){0,3}?(?:hundreds|dozens|thousands|scores|others|more|several|many|suspects?|protesters|demonstrators|"
    r"militants|pirates|rebels|gunmen|smugglers|traffickers|migrants|people)\b"
)
# "Troops clashed", "the soldiers again exchanged fire": troops of no named state act
_UNNAMED_TROOPS = re.compile(
    r"(?i)(?:^|\b(?:when|as|after|where|and|the)\s+|^\W*)(?:troops|soldiers|forces|border\s+guards|patrols)\s+"
    r"(?:\w+\s+)?$"
)
# "was arrested", "had been detained", "were quietly detained": a person held, told in the passive
_HELD_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$")


def _held_in_a_two_state_story(
    ctx: ArticleContext, plover: str, hit: TriggerHit, c_start: int, places: list[Place]
) -> bool:
    """A passive arrest with no state in its clause, in a story of two states, where it happened
    (if told) being one of them: the holding state and the state of the person held."""
    if plover != "COERCE" or not _ARREST.match(hit.phrase) or len(ctx.main_pair) != 2:
        return False
    if not _HELD_PASSIVE.search(ctx.text, max(c_start, hit.start - 30), hit.start):
        return False
    if _HELD_CROWD.match(ctx.text, c_start, hit.start):
        return False  # "Hundreds more were arrested", "Four others were arrested": a crowd or a gang
    where = _nearest([p for p in places if p.start > hit.start], hit.start)
    return where is None or where.iso3 is None or where.iso3 in ctx.main_pair


# people, not goods: their handing over is a release
_PEOPLE = (
    r"\b(?:diplomats?|citizens?|nationals?|prisoners?|hostages?|detainees?|captives?|soldiers|gunmen|fighters|"
    r"suspects?|bodies|remains|crew|fishermen|sailors|spies|spy|[A-Z][a-z]+(?:ans|is))"
)
# speakers who are not a state: industry, business, experts, activists
_NON_STATE_VOICE = re.compile(
    r"\b(?:[Bb]usiness(?:\s+(?:leaders|groups|associations|owners|people))?|[Ii]ndustry(?:\s+(?:officials|"
    r"groups|leaders|executives|sources))?|[Ii]ndustrialists|[Aa]nalysts|[Ee]xperts|[Ee]conomists|[Tt]raders|"
    r"[Bb]ankers|[Ee]xecutives|[Ee]xporters|[Mm]anufacturers|[Ff]armers|[Uu]nions|[Aa]ctivists|[Rr]ights\s+groups|"
    r"[Ee]nvironmentalists|[Ii]nvestors|[Cc]ompanies)(?:\s+(?:in|from|of|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    r"\s+(?:on\s+\w+\s+)?(?:have\s+|had\s+)?(?:also\s+|previously\s+)?$"
)
# a trip or meeting still to come, told by the sentence's main verb
# "is due to visit", "was also scheduled to hold bilateral meetings", "wants to meet Putin at the
# summit", "agreed to meet on the sidelines of the summit": a meeting still to come
_PLANNED_TRIP = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:also\s+)?(?:due|scheduled|expected|set|slated)|agreed|agrees|agree|wants?|wanted|"
    r"intends?|intended|plans?|planned|hopes?|hoped|invited|preparing)\s+to\s+"
    r"(?:visit|travel|meet|hold|attend|fly|arrive|host|address|join|take\s+part)\b"
)
# "The visit was to have been the first …", "a phone call … has been mentioned but not scheduled",
# "a trilateral meeting remains hypothetical": no meeting
_NO_MEETING_AFTER = re.compile(
    r"[^.;:]{0,80}?\b(?:(?:was|were)\s+to\s+have\b|(?:remains?|remained|is|was)\s+(?:\w+\s+)?hypothetical\b|"
    r"not\s+(?:yet\s+)?(?:been\s+)?scheduled\b)"
)
_TOLD_AS_PAST = re.compile(r"\b(?:was|were|had|has|have|held|met|visited|signed|took|came|ended|began)\b")


_PEACEKEEPERS = re.compile(r"\b(?:peacekeepers?|blue helmets)\b", re.I)
# a visitor's journey, told as made: "flew to Cairo to sign", "traveled to Yerevan … to sign"
_TRAVELLED = r"(?:flew|travell?ed|went|came)"


def is_asserted(text: str, sentence: Sentence, hit: TriggerHit) -> bool:
    """False for planned, hoped-for, scheduled or negated events."""
    before = _clause_before(text, sentence, hit.start)
    window = " ".join(before.split()[-6:])
    # "will receive vessels under a contract inked on Tuesday", "will revive a pact signed in 2001":
    # a participle after a noun tells of the past whatever modal the clause has
    reduced_relative = (
        hit.pos in ("verb", "agreement")
        and re.search(r"(?:ed|held|struck|signed|made|sent|sold|won|brought)$", hit.phrase.lower())
        and re.search(r"\b[a-z]{3,}\s+$", before)
        and not re.search(r"\b(?:be|been|being|is|are|get|gets|was|were|it|they|he|she|we)\s+$", before)
        and not MODAL_BEFORE.search(" ".join(before.split()[-1:]))
        and not re.search(r"\bto\s+(?:see|get|have)\b", window)  # "wanted to see the tanks delivered"
    )
    if re.search(r"\b(?:would|could|might|should)\s+(?:not\s+|never\s+)?have\s+$", before) or re.search(
        r"\b(?:was|were)\s+to\s+have\s+been\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", before
    ):
        return False  # "a resolution that would have renewed the sanctions": a counterfactual
    modal = MODAL_BEFORE.search(window)
    if (
        modal
        and not reduced_relative
        and not re.search(r"\b(?:had|has|have|was|were)\b", window[modal.end() :])
    ):
        return False  # "will sign", "wants to restart talks"; but "would have been signed" is not a plan
    if _governed_by_modal(before) and not reduced_relative:
        return False  # "it will allow Japanese forces to take part in live-fire drills"
    if hit.phrase.lower() in ("signs", "sign", "concludes", "conclude") and re.search(
        r"\b(?:agreements?|pacts?|treaties|deals?|accords?|contracts?)\s+(?:that\s+|which\s+)?(?:the\s+)?"
        r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?:usually\s+|typically\s+|normally\s+|generally\s+|only\s+)?$",
        before,
    ):
        return False  # "the agreements the US signs with close partners": a habit, not a signing
    if re.search(r"\bwould\b", hit.phrase, re.I) and re.search(
        r"\b(?:if|unless|should)\b", text[hit.end : sentence.end]
    ):
        return False  # "said Colombia would sever relations if the attacks continued": a threat
    if hit.phrase.lower().startswith(("would not", "not to")) and (
        not re.search(r"\b(?:notified|informed|announced|decided|confirmed|told|voted)\b", before)
        or re.search(r"\b(?:if|unless)\b", text[hit.end : sentence.end])
        or not re.match(
            r"\W+(?:[\w'’-]+\W+){0,4}?(?:treaty|Treaty|agreement|Agreement|pact|accord|Accord|deal|lease|"
            r"mandate|memorandum|Memorandum|arrangement|contract|[A-Z]{3,6}\b)",
            text[hit.end : sentence.end],
        )
    ):
        return (
            False  # "notified Moscow it would not extend the treaty" is a decision; "would not … if" a threat
        )
    if re.match(
        r"\W*(?:[A-Z]\w*\s+){0,3}(?:analysts?|experts?|observers?|critics?|commentators?|diplomats)\s+"
        r"(?:say|said|says|believe|believed|argue|argued|warn|warned|note|noted|expect|fear)\b",
        text[sentence.start : hit.start],
        re.I,
    ):
        return False  # "Analysts say a death could push Washington to send aid": opinion
    if (
        hit.pos == "noun"
        and re.search(r"\b(?:before|ahead of|followed by|then)\s+(?:\w+\s+){0,4}$", before)
        and MODAL_BEFORE.search(text[sentence.start : hit.start])
    ):
        return False  # "Macron was due to fly to Sao Paulo, before talks with Lula on Thursday": planned too
    if hit.plover == "CONSULT" and hit.pos == "noun" and _NO_MEETING_AFTER.match(text, hit.end, sentence.end):
        return False
    if re.match(r"(?:holds|meets|visits|hosts)\b", hit.phrase, re.I) and re.search(
        r"\b(?:days|weeks|hours|shortly|just|a\s+day|a\s+week)\s+before\s+(?:[\w'’.-]+\s+){1,8}$", before
    ):
        return False  # "days before Abe holds talks in Tokyo with Abbott": a meeting to come
    planned = _PLANNED_TRIP.search(text, sentence.start, hit.start)
    if (
        hit.pos == "noun"
        and planned
        and not _TOLD_AS_PAST.search(text, planned.end(), hit.start)
        # "… their second meeting after the talks in Berlin on July 6": a past one named beside it
        and not re.search(r"\b(?:after|since|following|previous|last|earlier)\s+(?:\S+\s+){0,2}$", before)
    ):
        return False  # "X is due to visit Canberra in August for talks with Y, his first official visit"
    if (
        hit.plover in ("ASSAULT", "COERCE", "MOBILIZE")
        and re.search(
            r"\b(?:over|about|condemn\w*|denounc\w*|protest\w*\s+(?:at|against|over))\s+(?:the|its|this|that|their|his|her)\s+"
            r"(?:[\w-]+\s+){0,2}$",
            before,
        )
        and not re.search(  # "condemned the launch of an ICBM by North Korea on 24 April": told with its day
            r"\b(?:on|in)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b|(?:19|20)\d\d)",
            text[hit.end : min(sentence.end, hit.end + 100)],
        )
    ):
        return False  # "summoned the US ambassador over the strike": the strike told before, the topic now
    if hit.pos == "noun" and (
        re.search(
            r"\b(?:decision|decided|agreed|agreement|plans?|planned|proposals?|proposed|invitation|invited)\s+"
            r"to\s+(?:hold|conduct|stage|host|resume|launch)\s+(?:the|a|an|their|its|joint)?\s*(?:[\w-]+\s+){0,3}$",
            before,
        )
        or re.match(
            r"\s+(?:was|were|had\s+been)\s+(?:agreed|decided|approved|planned|proposed)\b",
            text[hit.end : hit.end + 30],
        )
    ):
        # "agreed to hold the exercise when they met", "the conduct of the exercise was agreed upon
        # during the 2+2": the meeting decided it; the exercise is told as its subject, not held then
        return False
    if hit.pos == "noun" and (
        re.search(
            r"\b(?:allow|allowing|allows|permit|permitting|ban|bans|banning|banned|bar|barring|prohibit\w*|block\w*)\s+"
            r"(?:the\s+|any\s+|further\s+)?(?:[\w-]+\s+){0,1}$",
            before,
        )
        or re.search(r"\b(?:went|goes|go|gone|put)\s+on\s+$", before)
    ):
        # "eased the restrictions to allow the sale of non-lethal equipment", "banning the sale of
        # heavy weapons", cars that "went on sale": a sale allowed, barred or offered, not made
        return False
    if hit.pos == "noun" and re.match(
        # "the talks (between Sudan and Chad) are to continue on Monday"
        r"(?:\s+(?:between|with|on|of|in)\s+[^,;.]{1,50}?)?"
        r"(?:\s+(?:are|is)\s+(?:to|due\s+to|set\s+to|scheduled\s+to|slated\s+to|expected\s+to)\s|"
        r"\s+(?:have|has|had)\s+(?:been\s+)?(?:stalled|frozen|on\s+hold)\b)",
        text[hit.end : min(sentence.end, hit.end + 100)],
    ):
        return False  # "The talks are to continue on Monday", "peace talks have been stalled since"
    if re.match(r"(?i)\s*(?:none|neither)\s+of\s+(?!which\b|whom\b)", before):
        return False  # "None of the nine nuclear-armed states took part in the negotiations"
    if hit.plover == "ASSAULT" and re.search(
        r"\b(?:deter|prevent|repel|repulse|thwart|foil|avert|forestall)\s+(?:an?|any|the|further|future)\s+"
        r"(?:[\w-]+\s+){0,2}$",
        before,
    ):
        return False  # "the armed forces needed every tool to deter an attack": none was made
    if hit.pos == "noun" and re.match(
        r"\s*[\"“”']?\s*(?:,[^,;.\"“”]{1,80},\s*)?(?:will|would|could|may|might)\s",
        text[hit.end : min(sentence.end, hit.end + 100)],
    ):
        # "similar strikes 'will happen again'", "the exercise, co-hosted by A and B, will open on
        # June 28": what may come, not what came
        return False
    if (
        hit.phrase.lower() in ("invasion", "annexation")
        and re.search(r"(?:'s|’s|\b(?:its|the|their|his|her))\s+(?:[\w-]+\s+){0,2}$", before)
        and not re.search(
            r"\b(?:launch\w*|began|begins|started|starts|ordered)\s+\S+\s+(?:[\w-]+\s+){0,2}$", before
        )
        and not re.match(
            r"\s+of\s+(?:[A-Z][\w-]*\s+){1,3}(?:on|in)\s+(?:\d|[A-Z][a-z]+\s+\d)",
            text[hit.end : sentence.end],
        )
        # "the invasion of Ukraine that Moscow launched on February 24": told with its own day
        and not re.match(
            r"(?:\s+of\s+[\w-]+)?\s+(?:that|which)\s+(?:[A-Z][\w-]*\s+)?(?:launched|began|started|ordered)\b",
            text[hit.end : sentence.end],
        )
    ):
        # "since Russia's annexation of Crimea", "the second anniversary of Russia's full-scale
        # invasion": a war named as the time or the cause of something else, not told as news
        return False
    if hit.pos == "noun" and re.search(r"\bmoratorium\s+on\s+(?:all\s+)?(?:[\w-]+\s+){0,2}$", before):
        return False  # "a moratorium on all visits by foreign military vessels": visits barred
    if re.search(
        r"\b(?:regularly|routinely|usually|typically|normally|frequently|often)\s+(?:[\w'’-]+\s+){0,3}$",
        before,
    ) and not re.search(r"\b(?:was|were|had|has|have|did)\s+(?:[\w'’-]+\s+){0,4}$", before):
        return False  # "the navies regularly hold the JIMEX exercise": a habit, not an occurrence
    if hit.phrase.lower() in ("sanctions", "embargo") and re.search(
        r"\b(?:enforc\w*|implement\w*|monitor\w*|evad\w*|evasion\s+of|violat\w*|breach\w*|circumvent\w*)\s+"
        r"(?:the\s+|of\s+the\s+|un\s+|international\s+)?(?:[\w-]+\s+){0,2}$",
        before,
        re.I,
    ):
        # "the multinational effort to enforce sanctions on North Korea": sanctions already there
        return False
    if hit.plover == "CONSULT" and _no_meeting_held(text, sentence, hit, before):
        return False
    if hit.phrase.lower() == "deployed" and (
        re.search(r"(?:\b(?:the|their|its|our|his|her|and|of)|\d|non-)\s*$", before)
        and re.match(r"\s+(?:and\s+non-deployed\s+)?[a-z]", text[hit.end : hit.end + 30])
        and not re.match(r"\s+(?:to|in|at|on|into|along|near|across|by)\b", text[hit.end : hit.end + 10])
    ):
        return False  # "1,550 deployed strategic warheads": a kind of weapon, not a deployment
    law = re.match(r"\s+((?:[\w'’-]+\s+){0,3}?)into\s+law\b", text[hit.end : hit.end + 40])
    if (
        hit.plover == "AGREE"
        and law
        and not re.search(
            r"ratification|accession|membership|treaty|agreement|protocol", hit.phrase + law.group(1), re.I
        )
    ):
        return False  # "signed the act into law": a domestic law, not an agreement between states
    if _no_full_stop(text, sentence) and re.search(
        r"\bto\s+(?:hold|stage|conduct|sign|start|begin|launch|meet|hold\s+talks\s+on)\s+(?:[\w-]+\s+){0,2}$",
        before,
    ):
        return False  # "Seoul, Washington to hold joint drills Sunday": a headline's plan
    if hit.phrase.lower() == "threatened" and (
        re.search(r"\b(?:feels?|felt|considers?|considered|deems?|deemed)\s+(?:[\w-]+\s+){0,4}$", before)
        or (
            re.search(r"\b(?:is|are|was|were|be|being|been)\s+(?:[\w-]+\s+){0,2}$", before)
            and not re.match(r"\s+(?:by|to|with)\b", text[hit.end : hit.end + 6])
        )
    ):
        return False  # "when it considers its territorial integrity threatened": a state of mind
    if (
        hit.plover == "SUPPORT"
        and re.search(r"\bhad\s+(?:\w+\s+)?$", before)
        and re.match(r"\s+(?:[\w'’-]+\s+){0,3}?since\b", text[hit.end : hit.end + 40])
    ):
        return False  # "The Solomons, which had recognised Taipei since 1983": a standing state
    if hit.phrase.lower() == "suspended" and re.match(r"\s+(?:for|since)\b", text[hit.end : hit.end + 8]):
        return False  # "regular visits by their leaders, suspended for more than a decade": a state of things
    if hit.phrase.lower() == "suspending" and re.search(
        r"\b(?:on|about|over|of|for|against|considering)\s+$", before
    ):
        return False  # "failed to agree on suspending parts of the agreement": talked of, not done
    if hit.plover == "ASSAULT" and re.search(
        r"\b(?:an?)\s+(?:ransomware|cyber|cyber-|hacking|terrorist|terror|suicide|bomb)\s*$", before, re.I
    ):
        return False  # "after a ransomware attack knocked services offline": no state is said to attack
    if hit.plover == "ASSAULT" and re.search(
        r"\b(?:earthquakes?|quakes?|tremors?|storms?|cyclones?|typhoons?|hurricanes?|floods?|tsunamis?|"
        r"disasters?|pandemic|drought|famine|wildfires?|fires?)\s+(?:\w+\s+)?$",
        before,
        re.I,
    ):
        return False  # "when the earthquakes struck on 6 February": nature, not a state, struck
    if re.search(r"\b(?:not|never|unclear)\s+(?:\w+\s+){0,2}(?:whether|if)\b", before):
        return False  # "did not say whether the prince had approved a visit"
    if hit.phrase.lower() in ("agreed to", "agree to", "agrees to") and re.match(
        r"\s+(?:further\s+|jointly\s+)?(?:seek|pursue|look|continue|explore|consider|work|strengthen|deepen|enhance|expand|"
        r"boost|promote|meet|keep|step\s+up|intensify|study|discuss|examine|settle|talk)\b",
        text[hit.end : sentence.end],
    ):
        return False  # "agreed to seek a solution", "agreed to meet": an intention, not an agreement
    if hit.phrase.lower() == "signed" and (
        re.search(r"\b(?:before|until|once|unless|if)\b[^.;,]*\b(?:is|are)\s+$", before)
        or (
            re.search(r"\b(?:a|an)\s+$", before)
            and re.match(r"\s+[a-z]+\b(?<!by)", text[hit.end : sentence.end])
        )
    ):
        return False  # "before a peace deal is signed", "has produced a signed project"
    if re.search(r"\b(?:denied|denies|deny|denying)\s+that\b[^.;]*$", before):
        return False  # "Malian officials have denied that any contract has been signed"
    if re.search(
        r"\b(?:yet\s+to|is\s+open\s+to|are\s+open\s+to|was\s+open\s+to|open\s+to\s+holding|proposing|proposed)\s+"
        r"(?:\w+\s+){0,4}$",
        before,
    ):
        return (
            False  # "have yet to hold a formal dialogue", "is open to bilateral talks", "proposing new talks"
        )
    if hit.pos == "noun" and re.search(
        r"\b(?:after|following)\s+(?:\w+\s+)?(?:years|decades|months|weeks|rounds)\s+of\s+(?:[\w-]+\s+)?$",
        before,
    ):
        return False  # "signed an agreement after two decades of talks": how long, not an event
    if (
        hit.plover in ("COOPERATE", "CONSULT")
        and hit.pos == "noun"
        and re.search(
            r"\b(?:suspend\w*|halt\w*|froze|freez\w*|cancel+\w*|scrapp\w*|call\w*\s+off|blocked|blocks|vetoed|vetoes|"
            r"subject\s+of)\b[^.;]{0,80}$",
            before,
        )
    ):
        return False  # "suspended military cooperation with Australia, including joint exercises"
    if hit.phrase.lower().startswith(("arrived", "touched down")) and re.search(
        r"\b(?:\d[\d,]*|hundreds|thousands|dozens|millions)\s+(?:of\s+)?(?:[\w-]+\s+)?(?:[A-Z]\w+ns|[A-Z]\w+is|"
        r"[A-Z]\w+ese|refugees|migrants|people|tourists|pilgrims|workers|students|fans|evacuees|citizens|nationals)\s+"
        r"(?:have\s+|had\s+)?$|\b(?:[Ff]light|airliner|passengers?|Airlines|Airways)\b",
        before,
        re.I,
    ):
        return False  # "More than 14,000 Ukrainians have arrived in Ireland", "Flight SQ22 touched down"
    if (
        hit.plover == "CONSULT"
        and hit.phrase.lower().startswith("arrived")
        and re.search(
            r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?!(?:Marines|Rangers|Gurkhas|Commandos|Guards|Paratroopers)\b)"
            r"[A-Z][a-z]+s\s+(?:have\s+|had\s+)?$",
            before,
        )
    ):
        return False  # "a first group of 59 white Afrikaners arrived": a people counted, not a delegation
    if re.search(
        r"\b(?:denied|denies|deny|dismissed|rejected)\s+(?:\w+\s+){0,3}?(?:reports?|claims?|allegations?|rumou?rs?)\s+(?:that|of)\b",
        before,
    ):
        return (
            False  # "Egypt's presidency has denied media reports that Russia is negotiating to lease a base"
        )
    if hit.phrase.lower().startswith(("visited", "visiting", "visit")) and re.search(
        r"\b(?:\d[\d.,]*|hundreds|thousands|millions)\s+(?:million\s+|thousand\s+)?(?:of\s+)?(?:[\w-]+\s+)?"
        r"(?:citizens|tourists|visitors|people|nationals|holidaymakers|pilgrims|fans)\s+(?:have\s+|had\s+)?$",
        before,
    ):
        return False  # "Around 1.4 million Russian citizens visited Georgia last year": tourism, not a visit of state
    if hit.phrase.lower().startswith(("pulled out", "pulls out", "dropped out")) and re.search(
        r"\b(?:had\s+been|was|were|is|are)\s+(?:\w+ly\s+)?(?:expected|due|scheduled|invited|set)\s+(?:at|to)\b",
        before,
    ):
        return False  # "Maduro, who had been expected at the summit, pulled out": a guest's no-show
    if NEGATION.search(" ".join(before.split()[-3:])) or re.search(
        # "no" negates what follows it, up to a clause of time: "No contract was signed during
        # the visit" negates the signing, not the visit
        r"\bno\s+(?:(?!(?:during|after|before|since|despite|following|when|while|in|at|on|by|from)\b)\S+\s+){0,8}$",
        " ".join(before.split()[-9:]) + " ",
        re.I,
    ):
        return False  # "did not sign", "no agreement on it was signed", "No contract has been signed"
    if re.search(
        r"\b(?:(?:not|n't)\s+(?:mean|meant|imply|implied|signal|amount\s+to)|ruled\s+out|rules\s+out|ruling\s+out)"
        r"\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}$",
        " ".join(before.split()[-8:]) + " ",
    ):
        return False  # "did not mean that Greece was breaking off relations", "ruled out breaking off ties"
    if hit.pos == "noun" and re.search(
        r"\b(?:not|never|n't)\s+(?:\w+\s+)?(?:hold|have|sign|make|conduct|attend|reach|seal|pay|stage|held|had|signed|made|"
        r"conducted|attended|reached|sealed|paid|staged)\s+"
        r"(?:[\w-]+\s+){0,4}$",
        " ".join(before.split()[-9:]) + " ",
    ):
        return False  # "did not hold a formal bilateral meeting", "never made an official visit": a negated verb's noun
    if (
        hit.pos == "noun"
        and hit.plover in ("CONSULT", "COOPERATE", "MOBILIZE")
        and re.search(
            r"\b(?:called off|calls off|call off|cancel+(?:ed|ing)?|scrapped|postponed|suspend(?:ed|ing)?|"
            r"over|in retaliation for|in protest (?:at|against|over))\s+(?:the\s+|a\s+|an\s+|her\s+|his\s+|their\s+|its\s+)?"
            r"(?:[\w'’-]+\s+){0,3}$",
            " ".join(before.split()[-6:]) + " ",
            re.I,
        )
    ):
        return False  # "called off a planned meeting", "representations over the visit": no meeting told
    if (
        hit.pos == "noun"
        and hit.plover == "CONSULT"
        and re.fullmatch(
            r"\W*(?:At|During|After|Following|In)\s+the\s+",
            text[sentence.start : hit.start],
        )
        and re.match(r"\s*,", text[hit.end : hit.end + 3])
    ):
        return False  # "At the talks, X affirmed …": the talks already told, not a new meeting
    if (
        hit.pos == "noun"
        and hit.plover in ("CONSULT", "COOPERATE", "AGREE")
        and re.search(r"\b(?:said|says|described|called|termed)\s+the\s+$", before)
    ):
        return False  # "Sisi said the visit 'opens a new page'": the visit already told, not a new one
    if hit.plover == "SUPPORT" and re.match(
        r"\s+(?:the\s+)?(?:potential\s+|great\s+|important\s+)?(?:benefits?|importance|need|role|efforts?|"
        r"contributions?|progress|value|significance|challenges?|concerns?)\b",
        text[hit.end : sentence.end],
    ):
        return False  # "recognised the potential benefits of": an acknowledgement, not a recognition
    if hit.phrase.lower() in ("met", "meet") and (
        re.search(
            r"\b(?:been|be|being|is|are|was|were)\s+(?:(?:\w+ly|only|not|yet|still|never|so far)\s+){0,3}$",
            before,
        )
        or re.search(
            r"\bwhere\s+(?:the\s+)?(?:\w+\s+)?(?:borders?|frontiers?|rivers?|roads?|lines?)\b", before
        )
    ):
        return False  # "the request has been met"
    own_clause = re.split(r",\s+(?:and|but|while)\s+(?=(?:the|its|their|his|her|both)\b)", before)[-1]
    if NON_STATE_SUBJECT.search(" ".join(own_clause.split()[-10:])) and not re.search(
        r"\b(?:minist\w*|government|president|prime minister|army|navy|forces)\b",
        " ".join(before.split()[-6:]),
        re.I,
    ):
        return False  # "analysts warned": not a state acting
    if (
        hit.plover == "ASSAULT"
        and re.search(r"\b(?:was|were|been|being)\s+$", before)
        and not re.match(r"\s+(?:\S+\s+){0,3}?by\b", text[hit.end : sentence.end])
        and not _PEACEKEEPERS.search(before)  # "five Togolese peacekeepers were killed in an ambush"
    ):
        return False  # "100 Palestinians were killed": no attacker is named, no state acts
    if hit.phrase.lower().endswith("ing") and re.search(
        r"\b(?:from|without|instead of|rather than|avoid|avoiding|spared|sparing)\s+$", before, re.I
    ):
        return False  # "sparing the governments from negotiating case by case": not done
    if hit.phrase.lower().endswith("ing") and re.search(r",?\s+(?:before|after|then)\s+$", before):
        main = before[: re.search(r",?\s+(?:before|after|then)\s+$", before).start()]
        if MODAL_BEFORE.search(" ".join(main.split()[-8:])):
            return False  # "is expected to travel to Tonga on Tuesday, before visiting Vanuatu"
    if (
        hit.pos == "noun"
        and re.fullmatch(
            r"[\W\d]*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?", text[sentence.start : hit.start]
        )
        and re.match(
            r"\s+(?:responds?|responded|comes|came|follows|followed|marks|marked|reflects|reflected|underscores|"
            r"underscored|is part of|was part of|builds on|built on)\b",
            text[hit.end : sentence.end],
        )
    ):
        return False  # "The deployment responds to the request ...": the news told again, not news
    if (
        hit.pos == "noun"
        and hit.plover == "MOBILIZE"
        and re.search(r"\bfor\s+(?:the|a|an)\s+(?:[\w-]+\s+)?$", before)
    ):
        return False  # "the request ... for the urgent deployment of a force": what was asked for
    if hit.phrase.lower() == "visiting" and not re.match(
        r"\s+(?:the\s+|his\s+|her\s+)?[A-Z]", text[hit.end : hit.end + 12]
    ):
        return False  # "visiting personnel", "while visiting the other": no visit to anyone
    if hit.plover == "AGREE" and re.match(
        r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:law|decree|bill|legislation|executive order|order)\b",
        text[hit.end : hit.end + 60],
    ):
        return False  # "signed a law declaring the MoU null and void": a law, not an agreement
    if (
        hit.pos == "noun"
        and hit.plover == "CONSULT"
        and re.search(r"\bto\s+(?:open|begin|start|launch|resume)\s+(?:[\w-]+\s+){0,2}$", before)
    ):
        return False  # "agreeing to open technical negotiations": talks to come
    if hit.phrase.lower() == "banned" and re.search(r"\b(?:the|a|an)\s+$", before):
        return False  # "the banned Jaish-e-Mohammad group": a description, not a ban imposed
    if hit.pos == "noun" and re.search(
        r"\b(?:lift(?:ed|ing|s)?|eas(?:ed|ing|es)|remov(?:ed|ing|es)|scrapp(?:ed|ing)|withdr[ae]w(?:ing)?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$",
        before,
    ):
        return False  # "Japan was lifting the export controls": the lifting is the news
    if hit.pos == "noun" and re.search(
        r"\b(?:ban|bans|embargo|restrictions|curbs)\s+on\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", before
    ):
        return False  # "a ban on the sale of lethal weapons": what is banned, not a sale
    if hit.pos == "noun" and re.search(
        r"\b(?:discussed|discussing|discuss|reviewed|reviewing)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", before
    ):
        return False  # "the two discussed the Haiti deployment": a topic, not the deployment
    if (
        hit.plover == "ACCUSE"
        and re.search(
            r"\b(?:the|both)\s+(?:two\s+|three\s+|four\s+)?(?:ministers|leaders|sides|heads of state|presidents|"
            r"prime ministers|foreign ministers|defen[cs]e ministers)\b",
            before,
            re.I,
        )
        and not re.search(r"\b(?:each other|one another)\b", text[hit.end : sentence.end])
    ):
        return False  # "the two Ministers strongly condemned the launch": a line of their joint statement
    if re.search(
        r"\b(?:repeatedly|many times|routinely|time and again)\b",
        text[max(sentence.start, hit.start - 40) : min(sentence.end, hit.end + 60)],
    ):
        return False  # "who repeatedly blamed X", "have threatened to do so many times": a habit
    if hit.plover == "AID" and re.match(
        r"\s+(?:workers?|groups?|agenc(?:y|ies)|organi[sz]ations?|officials?|chief|sector|community)\b",
        text[hit.end : hit.end + 16],
    ):
        return False  # "a British aid worker": a person, not aid given
    if hit.phrase.lower() == "fighting" and re.match(
        r"\s+(?:vehicles?|forces?|units?|capabilit|season|men)", text[hit.end : hit.end + 14]
    ):
        return False  # "infantry fighting vehicles": a kind of vehicle
    if re.search(
        r"\b(?:anyone|anybody|whoever|any (?:country|state|nation|one))\s+(?:who|that)?\s*$", before, re.I
    ):
        return False  # "anyone who attacked the ship would pay a high price": a condition
    if text[sentence.start : sentence.end].rstrip().endswith("?"):
        return False  # "Does this change what Brazil buys?": a question asserts nothing
    if (
        hit.phrase.lower() == "accused"
        and re.search(r"\b[a-z]{3,}s\s+$", before)
        and re.match(r"\s+of\b", text[hit.end : hit.end + 4])
    ):
        return False  # "sanctions on political elites accused of financing gangs": a description
    if hit.phrase.lower() in ("fire", "strike", "strikes") and re.match(
        r"[\s-]+(?:units?|control|brigades?|stations?|fighters?|fighting|support|season|groups?|aircraft|"
        r"capabilit(?:y|ies)|package|missiles?|drones?|weapons?)\b",
        text[hit.end : hit.end + 20],
        re.I,
    ):
        return False  # "NASAMS fire units", "carrier strike groups", "strike missiles": things, not attacks
    if hit.phrase.lower() == "fighting" and (
        hit.phrase[0] == "F"
        and hit.start != sentence.start
        or re.search(r"\b(?:are|is|were|was|been|be|keep|kept|continue|continued|stop|stopped)\s+$", before)
    ):
        return False  # "F-16 Fighting Falcon jets", "its troops are fighting in Congo": no battle told
    if hit.pos == "noun" and re.search(
        r"\b(?:repeatedly|often|frequently|regularly|periodically|sporadically|occasional|periodic|recurrent)\b",
        " ".join(before.split()[-6:]),
    ):
        return False  # "a dispute that has repeatedly erupted in clashes": a habit, not an occurrence
    if hit.plover == "CONSULT" and hit.pos == "noun" and re.search(r"\b(?:months|years) of\s+$", before):
        return False  # "capped eight months of negotiations": the process behind the news
    if (
        hit.plover == "COOPERATE"
        and re.search(
            r"\b(?:prison|jail|detention|custody|hospital|court)\b",
            text[hit.end : min(sentence.end, hit.end + 70)],
        )
        and re.search(r"\b(?:was|were|been|being)\s+$", before)
    ):
        return False  # "Glas was transferred on Saturday to a prison": a detainee moved, not arms
    if hit.phrase.lower() in ("order for", "orders for") and re.search(r"\bin\s+$", before):
        return False  # "in order for"
    if hit.plover == "AGREE" and re.search(
        r"\b(?:after|since|before|once|when)\s+the\s+(?:\S+\s+){0,2}(?:contracts?|deals?|agreements?|accords?|pacts?|treaty)\s+"
        r"(?:was|were|had been)\s+$",
        before,
    ):
        return False  # "four months after the contracts were signed": a signing told earlier
    if hit.plover == "AGREE" and re.match(
        r"\s+(?:the|those|these)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:\S+\s+)?"
        r"(?:deals|contracts|agreements|accords|pacts)\b",
        text[hit.end : hit.end + 50],
    ):
        return False  # "signed the three deals that defined its turn": a summary of the ones told
    if re.search(
        r",\s+who\s+(?:was|were|had been|is|are)\s+(?:\w+ing\s+)?(?:[^,;]+\s+)?$", before
    ) and re.search(r",\s+who\s+(?:was|were|had been|is|are)\s+\w+ing\b", before):
        return False  # "Jilani, who was attending a ministerial meeting in Kampala": the setting
    if (
        hit.pos == "noun"
        and re.search(
            r"\b(?:after|before|since|despite|following)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$",
            before,
        )
        and hit.plover in ("ASSAULT", "CONSULT", "COERCE", "MOBILIZE")
    ):
        return False  # "two days after the Iranian attack": an event told already, not a new one
    opening = ANAPHORIC_OPENING.match(text, sentence.start)
    if opening and hit.end <= opening.start("verb"):
        # "The strike came hours after ...", "The visit went ahead despite ...": the subject is
        # an event told already ("The signing followed a meeting": the meeting may be new)
        return False
    if hit.plover == "ASSAULT" and ACCIDENT.search(text, sentence.start, sentence.end):
        return False  # "an accident that killed 53 crew"
    if (
        hit.pos in ("verb", "agreement")
        and PRESENT_3RD.fullmatch(hit.phrase)
        and not _headline_or_bullet(text, sentence)
    ):
        return (
            False  # in running text "when he meets" is to come; headlines and timelines use it for the past
        )
    # the base form tells of an act only after "to" ("prompting Kyiv to sever ties"); "the two
    # countries recognise each other's borders" describes a treaty's terms
    if hit.phrase.lower().split()[0] in ("recognise", "recognize", "sever") and not re.search(
        r"\bto\s+(?:\w+ly\s+)?$", before
    ):
        return False
    if hit.phrase.lower() == "designated" and (
        re.search(r"\b(?:the|any|those|these|all|of|otherwise)\s+$", before)
        or re.search(r"\b(?:persons|entities|individuals)\s+$", before)
    ):
        return False  # "the designated persons", "entities designated today": told already
    if (
        hit.pos == "verb"
        and hit.phrase[0].isupper()
        and re.search(r"\b[A-Z][\w'’-]*\s+$", before)
        and not _headline_or_bullet(text, sentence)
    ):
        return False  # "the Specially Designated Nationals List": a word of a name
    if hit.pos == "verb" and re.search(
        r"\b(?:the|this|that|these|those)\s+(?:\w+\s+)?(?:missiles?|rockets?|projectiles?|shells|drones?)\s+$",
        before,
    ):
        return False  # "detected the missile fired from Sunan": the launch told already
    if (
        hit.plover == "AGREE"
        and re.search(r",\s+who\s+$", before)
        and re.match(r"\s+the\s", text[hit.end : hit.end + 5])
    ):
        return False  # "Lorenzana, who signed the deal, had said": the signing told already
    if hit.pos in ("noun", "agreement") and re.search(
        r"\bconfirmed\s+the\s+$",
        before,
    ):
        return False  # "Sogavare confirmed the signing the next day": the signing told already
        # ("condemned the launch of a missile on 24 April" may be the launch's only mention)
    if re.search(r"\b(?:ability|power|authority|right|willingness|capacity)\s+to\s+$", before):
        return False  # "OFAC's ability to designate": what a body can do, not what it did
    if hit.phrase.lower() in ("recognised", "recognized") and re.search(r"\binternationally\s+$", before):
        return False  # "the internationally recognised government" describes, it does not happen
    if hit.phrase.lower() == "purchases" and not re.search(r"(?:^|[A-Z][\w.]*|\b(?:it|he|she))\s*$", before):
        return False  # "weapons purchases" is a noun, "India purchases" a verb
    if re.match(
        r"\W*(?:It|This|That)\s+(?:is|was|marks|marked|became|becomes)\s+(?:the|its|their)\s+",
        text[sentence.start : hit.start],
    ) and re.search(r"\b(?:has|have|had)\s+(?:ever\s+|now\s+)?$", before):
        return False  # "It is the third such pact Japan has concluded": a count, not an occurrence
    if re.search(
        r"\b(?:the\s+)?(?:first|second|third|only)\s+time\s+(?:that\s+)?(?:[\w'’.-]+\s+){1,4}(?:has|have|had)\s+(?:ever\s+)?$",
        before,
    ) or (
        hit.pos == "noun"
        and re.search(
            r"\b(?:marks?|marked|is|was|would be|will be)\s+the\s+(?:first|second|third|largest|biggest)\s+(?:[\w-]+\s+){0,2}$",
            before,
        )
    ):
        return (
            False  # "the first time Japan has sold warships", "marks the first sale of": a record, not news
        )
    if hit.plover == "ASSAULT" and re.search(
        r"\b(?:simulated|mock|dummy|practice)\s+targets?\b", text[hit.end : sentence.end]
    ):
        return False  # "rounds which struck a simulated target": a drill
    if (
        hit.phrase.lower() in ("recognised", "recognized")
        and re.search(r"\b(?:been|be|being|was|were)\s+$", before)
        and not re.match(r"\s+(?:as|by)\b", text[hit.end : hit.end + 5])
    ):
        return False  # "its technology had been recognised": praise, not a state's recognition
    if hit.phrase.lower() == "designated" and re.match(
        r"\s+(?:[A-Z]{2,}[\s-]?\d|Project\b|Programme\b|Program\b)", text[hit.end : hit.end + 20]
    ):
        return False  # "the frigate programme, designated SEA 3000": a name given, not a designation
    if (
        hit.pos == "noun"
        and re.search(r"\b(?:a|an|the|its|their)\s+planned\s+(?:[\w-]+\s+){0,2}$", before)
        and not re.search(
            r"\b(?:made|held|conducted|completed|carried out|paid|began|started)\s+(?:a|an|the|its|their)\s+planned\b",
            before,
        )
    ):
        return False  # "a planned Macron visit was dropped"; but "made a planned port call" happened
    if hit.pos == "noun" and re.search(r"\b[Nn]ext\s+(?:[\w-]+\s+)?$", before):
        return False  # "Next Meeting", "the next round of talks": to come
    if re.search(
        rf"\b(?:{NUMBER_WORD}|several|multiple)\s+times\b",
        text[hit.end : min(sentence.end, hit.end + 40)],
        re.I,
    ):
        return False  # "has fired ballistic missiles five times since": a count of acts
    after = text[hit.end : sentence.end]
    if hit.pos == "noun" and re.match(
        r"(?:\s+(?:[A-Z][\w'’-]*|of|and|the|on|for))*?\s+(?:Act|Law|Bill|Resolution|Regulations?|Directive)\b",
        after,
    ):
        return False  # "... Through Sanctions Act": a law's name, not sanctions being imposed
    if hit.pos == "noun" and re.search(
        r"\b(?:end(?:ed|ing|s)?|clos(?:ed|ing)|halt(?:ed|ing)?|suspend(?:ed|ing)?|an end to)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$",
        before,
    ):
        return False  # "ending a decade-long deployment": the ending is the news, not the deployment
    if re.search(r"\bamid\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,3}$", before) and hit.pos == "noun":
        return False  # "struck amid the annual meeting of parliament": the setting, not news
    if hit.pos == "noun" and MODAL_AFTER.search(after[:60]):
        return False
    if hit.pos == "noun" and re.search(
        r"\b(?:invitations?|invited|permission|allowed|refused|barred|banned|excluded)\s+(?:[\w-]+\s+){0,3}?to\s+"
        r"(?:take\s+part|participate|join)\s+(?:in\s+)?(?:[\w-]+\s+){0,5}$",
        before,
    ):
        return (
            False  # "withdrew its invitation for China to take part in a naval exercise": not held with China
        )
    if (
        hit.pos == "noun"
        and re.search(r"\b(?:hold|conduct|stage|organi[sz]e|carry\s+out)\s+(?:[\w-]+\s+){0,2}$", before)
        and re.search(r"\b(?:to\s+[a-z]+\b[^.;]*,|(?:will|would|could|can|may|might|shall|should)\b)", before)
    ):
        return False  # "would allow the agencies to set up a hotline, hold joint training": a list of what is allowed
    if hit.pos == "noun" and re.match(
        r"(?:\s+[\w,'’-]+){0,8}?\s+(?:is|are)\s+(?:\w+ly\s+)?expected\s+(?:in|on|at|by|next|later|this|before|after|soon)\b",
        after,
    ):
        return False  # "A trilateral summit with Biden is widely expected in the summer"
    if hit.pos == "noun" and CALLED_OFF.match(after):
        return False  # "a second ministerial meeting, which X was to host, was postponed"
    if hit.phrase.lower() in ("meets", "met", "meet", "meeting") and MET_A_THING.match(after):
        return False  # "Morocco's bet meets the Gaza war", "met the 2% target": not a meeting
    if hit.pos == "noun" and re.match(
        r"(?:\s+[\w'’-]+){0,6}?\s+(?:will|would|could|may|might|(?:is|are) (?:due|expected|set|scheduled|planned|likely) to)\s+(?:\w+ly\s+)?"
        r"(?:be|take|begin|start|go|open|resume|convene|commence|conclude|continue|happen|occur|kick)\b",
        after,
    ):
        return False  # "the first joint exercise under the framework could be held next year"
    if hit.pos == "noun" and NOUN_MODIFIER.match(after) and not hit.phrase.lower().endswith(" of"):
        return False  # "the exercise area", "sanctions regime": the noun qualifies another
    if hit.pos == "noun" and re.search(
        r"\b(?:violations? of|breach(?:es)? of|violating|breaching|in line with|under|according to)\s+(?:the\s+|a\s+)?(?:\S+\s+){0,2}$",
        before,
    ):
        return False  # "in violation of the ceasefire": the ceasefire is context, not news
    if hit.pos == "noun":
        prev = before.split()[-1:] if before.split() else []
        if (
            prev
            and prev[0].lower()
            in (
                "for",
                "to",
                "over",
                "about",
                "future",
                "further",
                "enhanced",
                "expanded",
                "greater",
            )
            and not (prev[0].lower() == "to" and FIRST_TO.search(before))
            and not re.search(r"\b(?:led|leading|leads)\s+to\s+$", before)  # "talks led to disengagement"
            # "was in Oslo for talks with Store": there, so the talks were held
            and not re.search(r"\b(?:was|were)\s+(?:\w+\s+)?in\s+(?:[A-Z][\w'’.-]+\s+){1,3}for\s+$", before)
            # "flew in for talks with the emir", "received Ruto for talks": came, so they were held
            and not (
                prev[0].lower() == "for"
                and hit.phrase.lower() in ("talks", "discussions", "consultations")
                and re.search(
                    r"\b(?:flew|travell?ed|arrived|came|received|hosted|welcomed)\b[^.;:]{0,80}\bfor\s+$",
                    text[max(sentence.start, hit.start - 120) : hit.start],
                )
            )
        ):
            return False  # but "became the first Israeli army chief to visit": a visit made
    return True


def _noun_supported(
    text: str, sentence: Sentence, hit: TriggerHit, dates: list[DateMention], names: list[NamedObject]
) -> bool:
    """An event noun states an occurrence only with support: a date, a name, a determiner + verb."""
    seg = text[sentence.start : sentence.end]
    before = text[max(sentence.start, hit.start - 40) : hit.start]
    if hit.phrase[0].isupper() and hit.start != sentence.start:
        return True  # part of a name: "... Defence Ministers' Meeting"
    if any(sentence.start <= d.start < sentence.end for d in dates):
        return True
    if any(abs(n.start - hit.start) < 60 for n in names):
        return True
    if re.match(
        r"\s+(?:[^,.;]{0,100}?\s)?(?:are|is|were|was|have|has)\s+(?:now\s+|already\s+|still\s+)?"
        r"(?:under\s?way|in progress|ongoing|continuing|taking place|being held)\b",
        text[hit.end : hit.end + 140],
    ):
        return True  # "Negotiations are under way", "talks are continuing"
    if re.search(
        r"\b(?:held|hold|holds|holding|conducted|staged|launched|handed over|delivered|sent|dispatched|"
        r"shipped|provided|donated|extended|granted|approved)\s+(?:\S+\s+){0,4}$",
        before,
    ):
        return True  # "held phone talks", "staged drills"
    if re.search(r"\b(?:is|are|was|were)\s+on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}$", before):
        return True  # "Marcos is on a three-day state visit to Japan": a visit under way
    if re.search(r"\b(?:minutes|hours|days|weeks|rounds?)\s+of\s+$", before, re.I):
        return True  # "after more than three hours of talks": talks that took place
    if re.search(r"\b(?:impos\w*|slapp\w*|levied|levy|announced|put)\b", before):
        return True  # "decision to impose 50 percent tariffs"
    possessive = re.search(r"(?:\b(?:his|her|their|its|our)|\w[’']s)\s+(?:[\w\-]+\s+){0,4}$", before)
    after = text[hit.end : min(sentence.end, hit.end + 60)]
    if possessive or re.match(r"\s+(?:with|between)\s+[A-Z]|(?:\s+[\w,]+){1,5}?\s+between\s+[A-Z]", after):
        return True  # "Ortiz's meeting with Berg"
    determiner = re.search(r"\b(?:the|a|an|this|that)\s+(?:\S+\s+){0,4}$", before, re.I)
    if re.search(
        r"\b\d+(?:st|nd|rd|th)\s+(?:\S+\s+){0,3}$|\b(?:first|second|third|latest|annual|yearly)\s+(?:\S+\s+){0,3}$",
        before,
        re.I,
    ):
        return True  # "the 12th ... meeting", "their first joint exercise": a counted occurrence
    return bool(determiner and OCCURRENCE_VERBS.search(seg))


@dataclass(frozen=True)
class ArticleContext:
    """Everything found in an article that its sentences' events draw on."""

    text: str
    article_id: str
    dates: list[DateMention]
    countries: list[EntityMention]
    people: list[EntityMention]
    orgs: list[EntityMention]
    places: list[Place]
    agreements: list[NamedObject]
    generic_agreements: list[NamedObject]
    others: list[NamedObject]  # exercises, equipment, ships
    quotes: list[tuple[int, int]]
    main_pair: tuple[str, ...]
    reference: DateValue | None
    reference_year: int | None
    # the day of the article's lead event: what "before the signing" or "the same day" refers to
    anchor: DateValue | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()  # spans of non-empty lines
    state_mentions: tuple[EntityMention, ...] = ()  # countries and people, by start
    paragraph_starts: tuple[int, ...] = ()
    mention_starts: tuple[int, ...] = ()
    lead_end: int = 0  # end of the headline and first sentences: the story's frame
    # the state last acted on by a protest or sanction, for "Chile recalled its ambassador the same day"
    last_targets: dict = field(default_factory=dict)
    # the two states of the last event of each type, for "The two countries also signed …"
    last_pairs: dict = field(default_factory=dict)
    main_states: tuple[str, ...] = ()  # the article's states, most told first
    home: str | None = None  # the state whose capital the report is filed from
    # the states of the last meeting or agreement told, for "the leaders released a joint statement"
    last_parties: list = field(default_factory=list)
    # the type and code of the last sanction or protest aimed at one state, for "Norway followed suit"
    last_step: list = field(default_factory=list)


_GROUP = re.compile(
    r"\b(?:the|all|their)\s+(?P<n>three|four|five)\s+(?:[\w-]+\s+){0,2}?(?:countries|nations|leaders|governments|sides|states|"
    r"militaries|allies|partners|ministers|presidents)\b",
    re.I,
)


# "in accordance with international law, including the 1982 UN Convention on the Law of the Sea":
# a law invoked, not a signing told
_LEGAL_BASIS = re.compile(
    r"\b(?:in accordance with|in line with|consistent with|based on|pursuant to|respect for|"
    r"principles of|provisions of|international law|provided for in|provided by)\b[^.;]*$",
    re.I,
)


_DOCUMENT_OF = re.compile(
    r"\b(?:agreements?|accords?|treaty|treaties|pacts?|conventions?|protocols?|memorandum|deals?|arrangements?|"
    r"decrees?|declarations?|charter|law|SOFA)\s+(?:of|dated)\s+(?:the\s+)?$",
    re.I,
)


def _dates_a_document(text: str, d: DateMention) -> bool:
    """ "the agreement of 17 December 2018", "the decree dated 5 May": the date is the document's name."""
    return bool(_DOCUMENT_OF.search(text, max(0, d.start - 40), d.start))


def _names_its_object(d: DateMention, hit: TriggerHit, plover: str) -> bool:
    """ "suspends part of 2018 military pact": a year inside an ending's trigger names the pact."""
    return plover in ("REJECT", "SANCTION") and d.date.precision == "year" and hit.start < d.start < hit.end


_UNNAMED_GOVERNMENT = re.compile(
    r"(?:^|[,.;]\s*|\b(?:Separately|Meanwhile|Later|Earlier|Also),?\s+)[Tt]he\s+(?:foreign|defen[cs]e|interior)\s+"
    r"ministry\s+(?:also\s+|then\s+|later\s+)?$|^\W*[Tt]he\s+(?:government|ministry|foreign ministry|defen[cs]e ministry)\s+"
    r"(?:also\s+|then\s+|later\s+)?$"
)
_SHIP_WORDS = re.compile(
    r"(?i)\b(?:frigates?|corvettes?|submarines?|destroyers?|vessels?|ships?|warships?|patrol\s+boats?|"
    r"carriers?|hulls?|OPVs?|landing\s+(?:ships?|docks?)|cruisers?|minehunters?|icebreakers?)\b|"
    r"\b(?:[A-Z]{2,4}S|HMS|USS|INS|PNS|BRP|KRI|HMAS|HMCS|HMNZS|TCG|ROKS|JS)\s+[A-Z]"
)


def _yard_states(after: str) -> set[str]:
    """The states of the yard a hull was launched at: "at the Istanbul Naval Shipyard", "at HD
    Hyundai's shipyard in Ulsan, South Korea" (the first place name that resolves, word by word)."""
    out: set[str] = set()
    for m in re.finditer(r"(?:^|\b(?:at|in)\b)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s*){1,4})", after[:120]):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            iso3, _, _ = resolve(" ".join(words[:n]).rstrip("'’s,"))
            if iso3:
                out.add(iso3)
                break
    return out


# fighting inside one state: "between troops loyal to the president and those backing his deputy"
_CIVIL_STRIFE = re.compile(
    r"(?i)\b(?:loyal\s+to|backing|rebels?|militants?|insurgents?|militias?|protesters|demonstrators|"
    r"factions?|government\s+forces|paramilitar\w+|civil\s+war|gangs?)\b"
)


_SUSPENDED_FROM = re.compile(
    r"suspend(?:ed|s)\s+(?:[\w'’.-]+\s+){0,4}?from\s+(?:the\s+|all\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?=[A-Z])"
)


def _suspended_from_a_bloc(text: str, start: int, end: int) -> bool:
    """ "Fiji was suspended from the Pacific Islands Forum", "suspended Niger from all ECOWAS bodies"."""
    return any(lexicon.bloc_regex().match(text, m.end()) for m in _SUSPENDED_FROM.finditer(text, start, end))


@lru_cache(maxsize=1)
def _bloc_object() -> re.Pattern[str]:
    return re.compile(
        rf"(?:\s+(?:with|to|from))?\s+(?:the\s+)?(?:(?!(?:on|about|over|for|in|at|into|regarding|against)\b)"
        rf"[\w'’-]+\s+){{0,3}}?{lexicon.bloc_regex().pattern}"
    )


def _bloc_as_object(text: str, hit: TriggerHit, end: int) -> bool:
    """ "asked the CSTO for help", "held talks with the African Union's chairperson", "appealed to the
    United Nations": an organisation the one state asks or meets is the other party."""
    if lexicon.bloc_regex().search(text, hit.start, hit.end):
        return True
    m = _bloc_object().match(text, hit.end, end)
    # "met NATO's spending target": the organisation owns the thing met, it is not met
    return bool(m) and not re.match(
        r"[’']s\s+(?!(?:[\w-]+\s+){0,2}?(?:[Ss]ecretary|[Cc]hief|[Hh]ead|[Pp]resident|[Ll]eaders?|[Mm]inisters?|"
        r"[Ee]nvoys?|[Cc]ommissioner|[Rr]epresentative|[Dd]elegation|[Cc]hair\w*|[Oo]fficials?|[Gg]enerals?|"
        r"[Cc]ommanders?))",
        text[m.end() : m.end() + 60],
    )


# "South Africa joined the Non-Proliferation Treaty in 1991", "Ghana acceded to the Arms Trade Treaty",
# "Tunisia ratified the Chemical Weapons Convention": a state joining a treaty open to all is the
# event's one state
_TREATY_JOINED = re.compile(
    r"(?:joined|joins|acceded|accedes|ratified|ratifies|signed|signs|deposited|deposits|became)\b[^.;]{0,60}?"
    r"(?:\b(?:[A-Z][\w'’-]*\s+(?:(?:on|of|for|the|and|to)\s+)?){1,6}(?:Treaty|Convention|Protocol|Statute|Accords)\b|"
    r"\b(?:NPT|CTBT|CWC|BWC|TPNW)\b)"
)
# "Finland became NATO's 31st member", "Montenegro joined the alliance": a trigger that is an accession
_ACCESSION = re.compile(
    r"(?:joined|became|becomes|joins)\b.*\b(?:NATO|alliance|bloc|EU|union|CSTO|SCO|ASEAN|BRICS)\b", re.I
)
# "withdrew from the INF Treaty", "pulled out of the 1987 pact", "suspended its participation in the
# New START Treaty", "suspending its obligations under the Treaty": a treaty left or suspended
_TREATY_EXIT = re.compile(
    r"(?:voted\s+(?:[\w'’-]+\s+){0,4}?to\s+)?"  # "the parliament voted last July to withdraw from"
    r"(?:withdr[ae]w\w*|withdrawn|pulled\s+out|pulls?\s+out|pulling\s+out|left|leaves?|leaving|exit\w*|quit\w*|"
    r"suspend\w*|stop(?:ped|s)?\s+implementing|declared|denounc\w*|renounc\w*|abrogat\w*|"
    r"(?:would\s+)?no\s+longer\s+(?:be\s+)?bound\s+by)\s+(?:(?:from|of)\s+)?(?:its\s+(?:participation|membership)\s+in\s+|its\s+obligations\s+under\s+)?"
    r"(?:the\s+|its\s+|a\s+)?(?:[\w'’().-]+\s+){0,7}?(?:[Tt]reaty|[Aa]greement|[Aa]ccord|pact|[Pp]rotocol|[Cc]onvention|JCPOA)\b"
    # … or, left or quit (not suspended from), a body named in full: "withdrew from the
    # Organisation of African Unity"; "was suspended from the Council of Europe" is a sanction
    r"|(?:withdr[ae]w\w*|withdrawn|pulled\s+out|pulls?\s+out|pulling\s+out|left|leaves?|leaving|exit\w*|quit\w*)"
    r"\s+(?:(?:from|of)\s+)?(?:the\s+)?(?:[\w'’().-]+\s+){0,7}?"
    rf"(?:{_BODY_HEADS})\b"
)


_SUBJECTLESS_CLAUSE = re.compile(
    r"\s*(?:(?:then\s+|also\s+|later\s+)?(?:signed|inked|concluded|" + SECOND_ACT_VERBS + r")\b|"
    r"(?:(?:in|on|by)\s+[A-Z][\w ]{0,20}?,?\s+)?it\s)"
)


def _opening_state(ctx: ArticleContext, s: int, c_start: int) -> set[str]:
    """The first state named in the sentence before the clause at ``c_start`` (its subject)."""
    first = next(
        (
            m
            for m in ctx.state_mentions
            if s <= m.start < c_start and m.country_iso3 and m.entity_type == "COUNTRY"
        ),
        None,
    )
    return {first.country_iso3} if first is not None else set()


def _listed_states(ctx: ArticleContext, n: int, before: int) -> set[str] | None:
    """The states of the last list of exactly ``n`` states named together before ``before``
    ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt")."""
    hi = bisect.bisect_left(ctx.mention_starts, before)
    runs: list[list[EntityMention]] = []
    for m in ctx.state_mentions[:hi]:
        if m.entity_type != "COUNTRY" or not m.country_iso3:
            continue
        if runs and re.fullmatch(r",?\s*(?:and\s+)?(?:the\s+)?", ctx.text[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in reversed(runs):
        states = {m.country_iso3 for m in run}
        if len(states) == n:
            return states
    return None


def _with_a_bloc(text: str, start: int, end: int) -> bool:
    """ "signed an association agreement with the EU", "met with NATO": a bloc as the partner."""
    return any(
        lexicon.bloc_regex().match(text, start + w.end())
        for w in re.finditer(r"\b(?:with|to|into)\s+(?:the\s+)?", text[start:end])
    )


def _last_named_states(ctx: ArticleContext, n: int, sentence_start: int, before: int) -> set[str] | None:
    """The states named (or whose people are) in the sentence before and up to ``before``, when
    they are exactly ``n``: "Pashinyan and Aliyev met Trump, where the three leaders signed",
    "Japan stepped up ties with the US and South Korea. In June the three countries held drills"."""
    start = max(ctx.text.rfind(". ", 0, sentence_start - 2), ctx.text.rfind("\n", 0, sentence_start - 2)) + 1
    lo = bisect.bisect_left(ctx.mention_starts, start)
    hi = bisect.bisect_left(ctx.mention_starts, before)
    named = {m.country_iso3 for m in ctx.state_mentions[lo:hi] if m.country_iso3}
    return named if len(named) == n else None


def _also_the_two(ctx: ArticleContext, plover: str, c_start: int, c_end: int, trigger: int) -> bool:
    """ "The two sides also …" naming no state: a further act of the pair that did the last act
    of the same type."""
    pair = ctx.last_pairs.get(plover)
    if pair is None or not re.search(r"\balso\b", ctx.text[c_start:trigger]):
        return False
    if not BILATERAL_CUE.search(ctx.text, c_start, c_end):
        return False
    lo = bisect.bisect_left(ctx.mention_starts, c_start)
    hi = bisect.bisect_left(ctx.mention_starts, c_end)
    return not any(m.country_iso3 for m in ctx.state_mentions[lo:hi])


def sentence_events(ctx: ArticleContext, sentence: Sentence) -> list[EventRecord]:
    """All event statements of one sentence."""
    text, article_id, dates, countries = ctx.text, ctx.article_id, ctx.dates, ctx.countries
    people, orgs, places, agreements = ctx.people, ctx.orgs, ctx.places, ctx.agreements
    generic_agreements, others, quotes, main_pair = (
        ctx.generic_agreements,
        ctx.others,
        ctx.quotes,
        ctx.main_pair,
    )
    reference, reference_year = ctx.reference, ctx.reference_year
    s, e = sentence.start, sentence.end
    main_pair = (
        local_pair(
            ctx.paragraphs,
            s,
            ctx.state_mentions,
            main_pair,
            ctx.paragraph_starts,
            ctx.mention_starts,
        )
        or main_pair
    )
    segment = text[s:e].strip()
    if (
        sentence.index > 0
        and len(segment.split()) <= 3
        and not re.search(r"\d", segment)
        and _line_of(text, sentence) == segment
    ):
        return []  # a section heading ("ARMS PURCHASES", "Naval drills"): the paragraph below tells it
    inside = lambda items: [x for x in items if s <= x.start < e]  # noqa: E731
    sent_dates = [d for d in inside(dates) if usable_date(text, d, reference_year)]
    sent_agreements = inside(agreements)
    sent_others = inside(others)
    hits = [
        h
        for h in find_triggers(text, sentence)
        if not any(a <= h.start < b for a, b in quotes)
        # "the Status of Visiting Forces Agreement": a word of an agreement's name tells nothing
        and not any(a.start <= h.start < a.end for a in sent_agreements if a.named)
    ]
    if (
        ctx.last_step
        and sentence.index - ctx.last_step[0][2] <= 2
        and not any(h.plover in ("SANCTION", "PROTEST") for h in hits)
    ):
        for m in _FOLLOWED_SUIT.finditer(text, s, e):
            # "Norway took a similar step on Thursday", "the Netherlands followed suit": the step
            # told in the sentences before, taken by another state against the same one
            plover, cameo, _ = ctx.last_step[0]
            hits.append(TriggerHit(m.start(), m.end(), m.group(0), "verb", plover, cameo))
    kept: dict[tuple[str, int], TriggerHit] = {}
    prior_targets = dict(ctx.last_targets)  # the states earlier sentences' steps were aimed at
    person_asides = [(m.start(), m.end()) for m in PERSON_ASIDE.finditer(text, s, e)]

    def in_aside(h: TriggerHit) -> bool:
        return any(a <= h.start < b for a, b in person_asides)

    clause_starts = [s] + [s + m.end() for m in CLAUSE_BREAK.finditer(text[s:e])]
    for m in SECOND_SUBJECT.finditer(text, s, e):
        opened = max(c for c in clause_starts if c <= m.start())
        opened = max(opened, text.rfind(",", opened, m.start()) + 1)  # the conjunct just before "and"
        verbs = [
            v for v in FINITE_PAST.finditer(text, opened, m.start()) if not text.startswith(" by", v.end())
        ]
        if m.end() not in clause_starts and verbs:
            # "Israel launched strikes on Iran on June 13 and the United States bombed three sites
            # nine days later": two subjects, two acts, each with its own date
            clause_starts = sorted(clause_starts + [m.end()])
    leading = LEADING_CLAUSE.match(text, s, e)
    if leading and leading.end() not in clause_starts:
        # "When the British patrol vessel called at Georgetown, Maduro ordered an exercise": the
        # opening clause and the main one are told separately
        clause_starts = sorted(clause_starts + [leading.end()])
    # searched once per sentence, not once per trigger (a long sentence made that quadratic)
    agreement_named = bool(sent_agreements) or AGREEMENT_NOUN.search(text[s:e]) is not None
    for h in hits:
        if h.pos == "agreement" and not agreement_named:
            continue
        if not is_asserted(text, sentence, h):
            continue
        if h.pos == "noun" and not _noun_supported(text, sentence, h, dates, sent_agreements + sent_others):
            continue
        clause = max(i for i, c in enumerate(clause_starts) if c <= h.start)
        best = kept.get((h.plover, clause))
        if best is None or (_POS_RANK[h.pos], in_aside(h), _preference(h)) < (
            _POS_RANK[best.pos],
            in_aside(best),
            _preference(best),
        ):
            # "Pelosi, who arrived in Taipei late Tuesday, met Tsai on Wednesday": the main verb
            kept[(h.plover, clause)] = h
    kept = _drop_context_mentions(text, kept, s)
    agreed = [h for h in kept.values() if h.phrase.lower() in ("agreed to", "agreed on")]
    if agreed:  # "agreed to jointly develop X": the agreement is the event, X its content
        kept = {k: h for k, h in kept.items() if not any(0 <= h.start - a.end <= 25 for a in agreed)}
    signings = [h.start for h in kept.values() if h.plover == "AGREE" and h.pos in ("agreement", "verb")]
    if signings:
        # "signed a contract for 28 jets, handing the maker a much-needed sale": the sale is the
        # contract; "approved the sale" after "signed off on the ratification" is an act of its own
        kept = {
            k: h
            for k, h in kept.items()
            if not (
                h.pos == "noun"
                and h.phrase.lower() in ("sale", "sales")
                and min(signings) < h.start
                and not re.search(
                    r"\b(?:approv\w*|clear\w*|authori[sz]\w*)\s+(?:\S+\s+){0,3}$", text[s : h.start]
                )
            )
        }
    if signings or re.search(
        r"\bunder\s+an?\s+(?:(?:19|20)\d\d\s+)?(?:[\w$.-]+\s+){0,2}?contract\b", text[s:e]
    ):
        # "Poland has also bought heavily from the US: on 31 January it signed a contract for 32
        # F-35s", "jets that Pakistan bought under a 2006 contract": the purchase is the contract
        kept = {
            k: h
            for k, h in kept.items()
            if not (
                h.plover == "COOPERATE" and h.phrase.lower() in ("bought", "buys", "purchased", "ordered")
            )
        }
    kept = _drop_complements(text, kept)
    kept = {
        k: h
        for k, h in kept.items()
        if not (
            h.phrase.lower().startswith(("accusing", "citing", "blaming"))
            and re.search(r",\s*$", text[max(s, h.start - 3) : h.start])
            and any(o.start < h.start and o.plover != h.plover for o in kept.values())
        )
    }  # "expelled a diplomat on Thursday, accusing him of spying": the reason given for the act
    aid_clauses = {k[1] for k, h in kept.items() if h.plover == "AID"}
    if aid_clauses:
        # "handed over 40 tonnes of food and medical supplies": the transfer is the aid
        kept = {
            k: h
            for k, h in kept.items()
            if not (h.plover == "COOPERATE" and h.pos == "verb" and k[1] in aid_clauses)
        }
    kept = {
        k: h
        for k, h in kept.items()
        if not (
            h.phrase.lower().endswith(("agreed to", "agreed"))
            and re.match(
                r"(?:\s+to)?\s+(?:explore|consider|study|discuss|look into|work towards?|keep talking|continue talking|meet again|"
                r"resign|step down|stand down|quit|say hello|testify|"
                r"(?:further\s+|jointly\s+|continue\s+to\s+)?(?:promote|enhance|strengthen|deepen|boost|expand|broaden|"
                r"step up|advance|foster|bolster)\b|"
                r"keep (?:\w+\s+)?(?:channels?|lines?|dialogue) open|maintain (?:dialogue|communication|contact)|"
                r"(?:begin|start|commence|launch|open|hold|resume|continue|intensify)\s+(?:\w+\s+)?"
                r"(?:talks|negotiations|discussions|consultations|dialogue))\b",
                text[h.end : h.end + 60],
            )
        )
    }
    if any(k[0] == "AGREE" and h.pos != "listed" for k, h in kept.items()):
        # "after months of negotiations, X signed", "had concluded talks": the talks led to the deal
        kept = {
            k: h
            for k, h in kept.items()
            if not (
                k[0] == "CONSULT"
                and h.pos == "noun"
                and h.phrase.lower() in ("talks", "negotiations", "discussions")
                and re.search(
                    r"(?:\b(?:months|years|weeks|rounds) of|concluded|completed|after)\s+(?:\S+\s+)?$",
                    text[max(s, h.start - 30) : h.start],
                    re.I,
                )
                # but "signed the roadmap after talks there with President Saied", "after talks
                # between the two leaders", "after talks in Minsk": a meeting of its own
                and not re.match(
                    r"\s+(?:there\s+)?with\s+(?:\w+\s+){0,3}?(?:[A-Z]|his|her|their)"
                    r"|\s+(?:between|in\s+[A-Z]|at\s+(?:the|a)\b|held\b)",
                    text[h.end : h.end + 60],
                )
            )
        }
    named_spans = [(a.start, a.end) for a in sent_agreements]
    own_dates = [
        d
        for d in dates
        if not any(a <= d.start < b for a, b in named_spans)
        and not re.search(
            r"\b(?:towards?|through|until|till|to|beyond|up to|vision)\s+$",
            text[max(0, d.start - 12) : d.start],
            re.I,
        )
    ]
    if reference is not None and only_future_dates(own_dates, s, e, reference):
        return []  # ("... Partnership towards 2030": a year inside a name does not make a plan)
    # agreements listed with their own year ("SOFA (1998)") are stated signings
    dated_agreements = [
        a
        for a in sent_agreements
        if a.year is not None
        and not STILL_IN_FORCE.match(text, a.end, e)
        and not _LEGAL_BASIS.search(text[max(s, a.start - 60) : a.start])
        and not re.match(r"\W*(?:Should|If|Unless|Were)\b", text[s : a.start])
    ] or [
        g
        for g in inside(generic_agreements)
        if g.year is not None
        and not MODAL_BEFORE.search(text[s : g.start])
        and not STILL_IN_FORCE.match(text, g.end, e)
        and not _LEGAL_BASIS.search(text[max(s, g.start - 60) : g.start])
    ]
    if _heads_document_list(text, sentence):
        # "witnessed the exchange of cooperation documents, including:" – the items are the signings
        kept = {k: h for k, h in kept.items() if k[0] != "AGREE"}
    listed = _listed_document(text, sentence)
    listed_day = None
    if listed is not None and not any(k[0] == "AGREE" for k in kept):
        kept[("AGREE", 0)] = listed  # "List of MoUs exchanged: 1. MoU on Railway Connectivity."
        header = _document_list_header(text, sentence)
        told = [
            d.date for d in dates if header and header[0] <= d.start < header[1] and d.date.precision == "day"
        ]
        if told:
            listed_day = told[-1]  # "The following documents were signed today:" dates each item
    if (
        dated_agreements
        and AGREEMENT_NOUN.search(text[s:e])
        and (
            not any(
                k[0] in ("AGREE", "SANCTION", "REJECT") for k in kept
            )  # "suspends a clause of the 2018 pact"
            # "would not extend the Treaty of Friendship (1997)": a year in brackets states the signing
            or (
                not any(k[0] == "AGREE" for k in kept)
                and re.match(r"\s*\((?:19|20)\d\d\)", text[dated_agreements[0].end : e])
            )
        )
    ):
        first = dated_agreements[0]
        kept[("AGREE", 0)] = TriggerHit(first.start, first.end, first.name, "listed", "AGREE", "057")
    # "the 2021 understanding", "the 2020 war": a year that names a thing dates only that thing
    sent_dates = [
        d
        for d in sent_dates
        if not (
            d.date.precision == "year"
            and ATTRIBUTIVE_YEAR.search(text[max(0, d.start - 12) : d.start])
            and re.match(r"\s+[A-Za-z]", text[d.end : d.end + 3])
        )
        or any(0 <= h.start - d.end <= 30 for h in hits)
    ]
    date_owner = assign_dates(text, sent_dates, list(kept.values()))
    headline_like = _title_case(text[s:e])
    paragraph = bisect.bisect_right(ctx.paragraph_starts, s) - 1
    paragraph_start = ctx.paragraph_starts[paragraph] if paragraph >= 0 else s
    narrative = narrative_date(text, dates, paragraph_start, s, reference) or section_date(text, dates, s)
    if (
        narrative is None
        and paragraph > 0
        and s == paragraph_start
        and re.match(r"\W*(?:That|The)\s+(?:same\s+)?(?:day|evening|night|morning|afternoon)\b", text[s:e])
    ):
        # "¶ That same evening Sarkozy flew on to Tbilisi": the day the paragraph before ended on
        narrative = narrative_date(text, dates, ctx.paragraph_starts[paragraph - 1], s, reference)
    if listed_day is not None:
        narrative = listed_day
    if (
        paragraph > 0 and re.search(r"\b(?:on|at)\s+the\s+(?:same\s+)?(?:occasion|ceremony)\b", text[s:e])
    ) or (
        SAME_DAY_OPENING.match(text, s, e)
        or (SAME_DAY_ANYWHERE.search(text, s, e) and not any(s <= d.start < e for d in dates))
    ):
        # "¶ Four other documents were exchanged on the occasion", "The same day, the two leaders
        # oversaw the signing": the day of the occasion just told
        told = [
            d.date
            for d in dates
            if ctx.paragraph_starts[max(paragraph - 1, 0)] <= d.start < s
            and d.date.precision == "day"
            and usable_date(text, d, None)
            and (reference is None or d.date.value <= reference.value)
            # "officials said on Friday": the day of the telling, not of the occasion
            and not SAID_ON.search(text, max(0, d.start - 24), d.start)
        ]
        narrative = told[-1] if told else narrative

    records: list[EventRecord] = []
    for (plover, clause), hit in sorted(kept.items(), key=lambda kv: kv[1].start):
        c_start = clause_starts[clause]
        c_end = clause_starts[clause + 1] if clause + 1 < len(clause_starts) else e
        clause_span = Sentence(sentence.index, c_start, c_end)
        if (
            plover == "COOPERATE"
            and SOLO_DRILL.fullmatch(hit.phrase)
            and (
                not JOINT_CUE.search(text, c_start, c_end)
                and (
                    len(_clause_states(ctx, c_start, c_end)) == 1
                    or (
                        re.search(r"\blive[- ]fire\b", text[max(c_start, hit.start - 20) : hit.start])
                        and not _coordinated_states(ctx, c_start, hit.start)
                    )
                )
                or _drills_around(ctx, c_start, c_end)
            )
        ):
            # "Maduro ordered a 'defensive' exercise involving 5,600 troops": one state drilling
            # alone shows force; it is not military cooperation with anyone
            plover, hit = _retyped(hit, "MOBILIZE", "152")
        if (
            plover == "MOBILIZE"
            and hit.cameo == "150"
            and len(_clause_states(ctx, c_start, hit.start)) >= 2
            and _coordinated_states(ctx, c_start, hit.start, comma=False)
            and not HOSTILE.search(text, c_start, hit.start)
            and not re.search(
                r"\b(?:say|says|said|told|reported|claims?|according)\b", text[c_start : hit.start]
            )
        ):
            # "South Korea and the United States fired four missiles into the sea": allies firing
            # together drill jointly
            plover, hit = _retyped(hit, "COOPERATE", "062")
        if (
            plover == "COOPERATE"
            and hit.phrase.lower().startswith("edition")
            and not re.search(
                r"(?i)\b(?:exercises?|drills?|war\s?games?|manoeuvres|maneuvers)\b",
                text[paragraph_start : max(e, text.find("\n", e) if text.find("\n", e) >= 0 else len(text))],
            )
        ):
            # "The first edition was held in Tashkent": an exercise's edition when the paragraph is
            # about an exercise, else a meeting's (a summit, a dialogue)
            plover, hit = _retyped(hit, "CONSULT", "043")
        left = re.match(
            r"\s+(?:(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+|its\s+\w+\s+|their\s+\w+\s+)?(?:of|from)\s+",
            text[hit.end : c_end],
        )
        if (
            plover == "RETREAT"
            and left
            # "withdrawing its troops from the United Nations mission": forces leave, no deal is rejected
            and not re.search(
                r"\b(?:its|their)\s+(?:\w+\s+)?(?:troops|forces|soldiers|contingents?|personnel|peacekeepers|"
                r"battalions?|units|observers|police|officers)\b",
                text[hit.start : hit.end + 40],
            )
            and (
                re.match(
                    r"(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:deal|agreement|treaty|accord|initiative|pact|"
                    r"convention|framework|Initiative|Treaty|Agreement|Accord|"
                    # "pulled out of the public hearings", "of the World Economic Forum on Africa"
                    r"hearings?|proceedings|talks|negotiations|summit|Summit|conference|Conference|forum|Forum|meeting)\b",
                    text[hit.end + left.end() : c_end],
                )
                or lexicon.bloc_regex().match(
                    text, hit.end + left.end() + (4 if text.startswith("the ", hit.end + left.end()) else 0)
                )
            )
        ):
            # "Russia pulled out of the Black Sea Grain Initiative": a deal rejected, not troops withdrawn
            plover, hit = _retyped(hit, "REJECT", "120")
        if (
            plover in ("MOBILIZE", "COOPERATE")
            and re.match(r"(?:deploy|sent|send|dispatch|flew|fly|land|arriv)", hit.phrase.lower())
            and re.search(
                r"\b(?:medical\s+teams?|field\s+hospitals?|relief|humanitarian|disaster|rescue|tents|blankets|medicines|"
                r"water\s+purification|evacuat\w+)\b",
                text[c_start:c_end],
                re.I,
            )
            and not HOSTILE.search(text, c_start, c_end)
        ):
            # "Australia has deployed a medical team to Tacloban", "C-130s landed carrying tents and
            # blankets": forces sent to bring relief are aid
            plover, hit = _retyped(hit, "AID", "073")
        if plover == "COOPERATE":
            cameo = next(
                (
                    code
                    for verbs, cues, code in _TRANSFERS_THAT_ARE_AID
                    if verbs.match(hit.phrase.lower()) and cues.search(text, hit.start, c_end)
                ),
                None,
            )
            if cameo is not None:
                plover, hit = _retyped(hit, "AID", cameo)
        if plover == "AID" and re.match(
            r"\s+(?:to\s+\S+\s+)?(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:being\s+)?|would\s+be\s+)"
            r"(?:paused|suspended|frozen|halted|cut\s+off|withheld)\b",
            text[hit.end : c_end],
        ):
            # "military aid to Ukraine was being paused": the aid stopped, not given
            plover, hit = _retyped(hit, "SANCTION", "162")
        if (
            plover == "MOBILIZE"
            and hit.cameo == "150"
            and re.match(
                r"\s+(?:[\w'’-]+\s+){0,3}?(?:at|against|on)\s+(?:the\s+|two\s+|three\s+|several\s+)?(?:[\w.'’-]+\s+){0,3}?"
                r"(?:forces|troops|bases?|positions|targets|cities|city|towns?|ships|vessels|territory|airports?|soldiers)\b",
                text[hit.end : c_end],
            )
        ):
            # "Iran fires missiles at US forces in Iraq": an attack, not a launch shown to the world
            plover, hit = _retyped(hit, "ASSAULT", "195")
        if (
            plover == "SANCTION"
            and hit.phrase.lower() in ("suspended", "suspends", "suspending")
            and re.match(
                r"\s+(?:[\w'’-]+\s+){0,4}?(?:sanctions|termination|tariffs|embargo|ban|restrictions|plans?)\b",
                text[hit.end : c_end],
            )
        ):
            # "suspended sanctions on Serbia", "suspended the pact's termination": a step back
            plover, hit = _retyped(hit, "CONCEDE", "081")
        unilateral_truce = (
            plover == "AGREE"
            and re.match(r"(?i)(?:ceasefire|cease-fire|truce)", hit.phrase)
            and (
                re.search(r"(?i)\bunilateral(?:ly)?\b", text[c_start : hit.start])
                or (
                    re.search(
                        r"\b(?:declared|declares|ordered|orders|proclaimed|proclaims)\s+(?:an?|the|its)\s+"
                        r"(?:[\w-]+\s+){0,3}$",
                        text[c_start : hit.start],
                    )
                    and sum(c_start <= c.start < hit.start for c in countries) <= 1
                    # "Israel and Hamas declared a ceasefire", "the two sides declared a truce": agreed
                    and not re.search(r"(?i)\b(?:and|both|two|sides|parties)\b", text[c_start : hit.start])
                )
            )
        )
        if unilateral_truce:
            # "Fujimori declared a unilateral ceasefire on Tuesday": one side stopping its fire
            # de-escalates (CAMEO 087); a ceasefire agreed by both sides stays an agreement
            plover, hit = _retyped(hit, "RETREAT", "087")
        if plover in ("RETREAT", "SANCTION") and _TREATY_EXIT.match(text, hit.start, c_end):
            # "Washington withdrew from the INF Treaty in 2019", "suspended its participation in the
            # New START Treaty": a treaty left is a rejection of it (every batch codes it so)
            plover, hit = _retyped(hit, "REJECT", "120")
        participants = find_participants(
            text, clause_span, countries, people, orgs, places, main_pair, plover, hit.start
        )
        if (
            plover == "AID"
            and len(participants) == 1
            and ctx.main_states
            and ctx.main_states[0] not in participants
        ):
            # "A US Navy P-8 joined the search on Saturday": help for the state the story is about
            participants = participants | {ctx.main_states[0]}
        if (
            plover == "RETREAT"
            and len(participants) == 1
            and re.search(
                r"\b(?:left|leave|leaves|withdr[ae]w\w*|pulled\s+out|handed\s+back)\b",
                text[hit.start : min(c_end, hit.end + 12)],
                re.I,
            )
            and any(x not in participants for x in ctx.main_states[:2])
        ):
            # "The last soldiers of Operation Barkhane left Mali on August 15": the troops are those
            # of the other state the story is about
            participants = participants | {next(x for x in ctx.main_states[:2] if x not in participants)}
        pronoun = re.match(r"\s*(?:he|she|they)\b", text[c_start:c_end]) if clause else None
        if pronoun and pronoun.group(0).strip() == "they":
            # "Erdogan brought Abiy and Mohamud together in Ankara, where they signed X": they are
            # the people the sentence has named
            participants = participants | {
                p.country_iso3 for p in people if s <= p.start < c_start and p.country_iso3
            }
        elif pronoun:  # "..., where he held talks with Meloni": he is the person the sentence began with
            earlier = [p for p in people if s <= p.start < c_start and p.country_iso3]
            if earlier:
                participants = participants | {earlier[0].country_iso3}
        elif clause == 0 and SENTENCE_PRONOUN.match(text, s, c_end):
            participants = participants | _previous_subject(text, people, s)
        elif clause == 0 and STATE_PRONOUN.match(text, s, c_end):
            # "Qatar bought 24 Rafales in 2015. It took up an option for 12 more in 2017": the
            # state the sentence before opened with
            participants = participants | _previous_subject(text, countries, s)
        elif clause and _SUBJECTLESS_CLAUSE.match(text, c_start, c_end):
            # "Nicaragua broke with Taipei on December 9, and signed a communique with Beijing", "In
            # February, Somalia signed with Turkey, and in August it signed with Egypt": the clause's
            # actor is the state the sentence opened with
            participants = participants | _opening_state(ctx, s, c_start)
            if len(participants) < 2 and records and set(records[-1].countries) > participants:
                # "expelled Peru's ambassador, and recalled its own envoy": the same counterpart
                participants = set(records[-1].countries)
        elif clause and re.match(r"\s*(?:the\s+(?:two|three|four)|both)\b", text[c_start:c_end]):
            if (plover, clause - 1) in kept and not any(c_start <= d.start < c_end for d in sent_dates):
                continue  # "X phoned Y, ..., and the two discussed next steps": the same call told on
            # "Fidan phoned Harutyunyan on Friday, and the two discussed next steps": the two are
            # the parties of the clause before, not the story's main pair
            before_clause = find_participants(
                text, Sentence(sentence.index, s, c_start), countries, people, orgs, places, (), plover, None
            )
            if len(before_clause) >= 2:
                participants = before_clause
            elif records and len(records[-1].countries) >= 2 and records[-1].start >= s:
                # "Abiy visited Nairobi in February, when the two sides agreed …": the visit's parties
                participants = set(records[-1].countries)
        if len(participants) < 1 or (len(clause_starts) > 1 and len(participants) < 2):
            wider = find_participants(
                text, sentence, countries, people, orgs, places, main_pair, plover, hit.start
            )
            # "Egypt signed a contract in May, and the UAE signed a deal on Dec. 3": the states
            # of another clause with its own trigger of this type are that clause's parties
            wider -= _other_clause_states(ctx, kept, clause_starts, e, (plover, clause)) - participants
            participants |= wider
        over = _CHOSE_OVER.match(text, hit.start, c_end) if plover == "COOPERATE" else None
        if over is not None:
            # "Croatia picked the Rafale over rival offers from the United States and Sweden": the
            # buyer and the maker of what it chose, not the losing bidders
            chosen = _clause_states(ctx, c_start, over.end()) | lexicon.makers_named(
                text, hit.start, over.end()
            )
            participants = chosen if chosen else participants
        if len(participants) == 1 and plover in ("AGREE", "COOPERATE"):
            participants |= _maker_state(text, paragraph_start, c_start, over.end() if over else c_end)
        elif plover in ("AGREE", "COOPERATE") and over is None:
            maker = lexicon.makers_named(text, c_start, c_end) or lexicon.makers_named(text, s, e)
            named = _clause_states(ctx, c_start, c_end)
            supplier_verb = re.match(
                r"(?:deliver|hand|sent|send|supplie|suppl|transferr|transfer|donat|gift|ship)",
                hit.phrase.lower(),
            )
            if len(maker) == 1 and not maker & participants and len(named - maker) <= 1 and not supplier_verb:
                # "The first 10 K2 tanks arrived at Gdynia": the tanks' maker, not the story's
                # other state, is the buyer's counterpart
                participants = named | maker
        if len(participants) == 1 and plover == "AGREE":
            # "Latvia signed its treaty in Moscow in March 2007": one state signing in another's
            # capital signs with it
            capital = re.search(
                r"\bin\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", text[hit.end : c_end]
            ) or re.search(
                # "traveled to Yerevan in August 2010 to sign a protocol": the capital travelled to
                rf"\b{_TRAVELLED}\s+to\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
                text[c_start : hit.start],
            )
            if (
                capital
                and (iso3 := lexicon.government_names().get(capital.group(1)))
                and iso3 not in participants
            ):
                participants = participants | {iso3}
        if unilateral_truce and len(ctx.main_pair) == 2 and participants < set(ctx.main_pair):
            participants = set(ctx.main_pair)  # the side that stops firing and the one it fought
        if len(participants) == 1 and plover in ("AGREE", "CONSULT", "COOPERATE") and ctx.main_pair:
            participants |= _state_told_of(ctx, participants, paragraph_start, s, plover)
        if hit is listed and ctx.main_pair and not set(ctx.main_pair) <= participants:
            # a listed document is the visit's, between the article's two states ("the Staff
            # College, Wellington" names no state)
            participants = set(ctx.main_pair)
        if (
            len(participants) < 2
            and plover in ("AGREE", "CONSULT")
            and ctx.last_parties
            and set(participants) <= set(ctx.last_parties)
            and re.search(
                r"\b(?:the|both|all)\s+(?:leaders|ministers|presidents|prime ministers|delegations|heads of state)\b",
                text[c_start : hit.start],
            )
        ):
            # "After the talks the leaders released a joint statement": the leaders of the meeting told
            participants = set(ctx.last_parties)
        if not participants and main_pair and _THE_TWO.search(text, c_start, hit.start):
            # "The two armies clashed around Tsorona in June 2016": the two states the story is about
            participants = set(main_pair)
        if (
            not participants
            and len(main_pair) == 2
            and plover == "ASSAULT"
            and (
                re.match(r"(?i)(?:fighting|clashes)\s+(?:broke\s+out|erupted)", hit.phrase)
                or (
                    # "four days of artillery duels that began on Feb. 4", "heavy shelling resumed"
                    re.fullmatch(
                        r"(?i)fighting|clash(?:es)?|artillery\s+duels?|skirmish(?:es)?|exchanges?\s+of\s+fire|shelling",
                        hit.phrase,
                    )
                    and re.match(
                        r"(?:\s+[\w’'-]+){0,4}?\s+(?:broke\s+out|erupted|began|resumed|flared(?:\s+up)?)\b",
                        text[hit.end : c_end],
                    )
                )
                # "Troops clashed again at Yangtse", "when soldiers clashed at Pangong Tso": unnamed
                # troops fighting in a two-state story
                or (
                    re.fullmatch(r"(?i)clashed|skirmished|exchanged(?:\s+\w+)?\s+fire", hit.phrase)
                    and _UNNAMED_TROOPS.search(text[c_start : hit.start])
                )
            )
            and not _CIVIL_STRIFE.search(text, c_start, c_end)
        ):
            # "Fighting broke out on January 26 in the upper Cenepa valley": in a story of two states
            # at war, the fighting is theirs
            participants = set(main_pair)
        if not participants and bloc_in(text, clause_span):
            participants = bloc_partners(text, clause_span, countries)  # "ECOWAS lifted the sanctions"
        # the group acts before its verb or is what the verb reaches for ("attended a G7 summit")
        group_blocs = _group_blocs(ctx, plover, c_start, min(c_end, hit.end + 40))
        named_states = set(participants)
        participants = participants | _members(group_blocs, ctx.reference_year)
        if not participants and _held_in_a_two_state_story(ctx, plover, hit, c_start, inside(places)):
            # "Ashoori was detained in 2017", "Nazanin was arrested at Tehran airport": a person held
            # in a story of two states is held by one of them and is the other's national
            participants = set(ctx.main_pair)
        if not participants:
            continue
        group = _GROUP.search(text, c_start, c_end)
        if group and count_word(group["n"]) >= 3:
            n = count_word(group["n"])
            listed = _listed_states(ctx, n, group.start())
            if listed and group.end() <= hit.start:
                # "Brazil, Colombia and Mexico ... the three governments issued a statement": the
                # group and whoever the clause names after the verb ("severed ties with Qatar")
                participants = listed | (participants & _clause_states(ctx, hit.start, c_end))
            elif (
                listed
            ):  # "Saudi Arabia, the UAE, Bahrain and Egypt … the four states severed ties with Qatar"
                participants = listed | participants
            elif last_named := _last_named_states(ctx, n, s, group.start()):
                # "Japan stepped up cooperation with the US and South Korea. In June the three
                # countries held an exercise": the last three states named
                participants = last_named
            elif len(ctx.main_states) >= n:  # "the three countries agreed to …": the article's three
                participants = set(ctx.main_states[:n])
        if (
            plover == "CONSULT"
            and len(participants) == 1
            and len(ctx.main_pair) == 2
            and re.search(r"\b(?:facilitated|mediated|brokered|convened)\s+by\b", text[hit.end : c_end])
        ):
            participants = participants | set(
                ctx.main_pair
            )  # "talks facilitated by Turkey": the story's two sides
        if _also_the_two(ctx, plover, c_start, c_end, hit.start):
            # "The two countries also signed an agreement on rice trade": the pair that did the
            # last act of this kind, not the states of the paragraph before
            participants = set(ctx.last_pairs[plover])
        if _FOLLOWED_SUIT.fullmatch(hit.phrase) and ctx.last_targets.get(plover):
            # "the Netherlands followed suit": the state named before the words, against the same one
            participants = _clause_states(ctx, c_start, hit.start) | {ctx.last_targets[plover]}
        elif (
            plover in ("SANCTION", "PROTEST")
            and len(participants) == 1
            and ctx.last_targets.get(plover) not in (None, *participants)
            and (
                SAME_STEP.search(text, c_start, c_end)
                or _ELLIPTICAL_COUNT.match(text, hit.end)
                # "Bolivia severed relations with Israel. Jordan recalled its ambassador on
                # Wednesday": an envoy of one's own called home, or ties cut, with no state named,
                # within three sentences of a step against one state
                or (
                    plover == "SANCTION"
                    and ctx.last_step
                    and sentence.index - ctx.last_step[0][2] <= 3
                    and _OWN_ENVOY_OR_TIES.fullmatch(hit.phrase)
                )
            )
        ):
            # "Bogota recalled its envoy to Israel. Chile recalled its ambassador on the same day":
            # the same step against the same state
            participants = participants | {ctx.last_targets[plover]}
        if (
            plover in NEEDS_TWO_PARTIES
            and ctx.main_states
            and _UNNAMED_GOVERNMENT.search(text[c_start : hit.start])
        ):
            named = _clause_states(ctx, c_start, c_end)
            home = ctx.home or ctx.main_states[0]
            if named and home not in named:
                # "Separately, the foreign ministry summoned Chinese Ambassador Qiu": the ministry of
                # the state the report is about, and the state it named
                participants = set(named) | {home}
        # "Britain reopened its embassy in Tehran": the host state is the other party, not a venue;
        # "two Russian citizens were arrested in Ljubljana": the state whose police act there
        host_is_party = bool(re.search(r"(?i)\bembass(?:y|ies)\b", hit.phrase))
        if (
            plover == "COERCE"
            and _ARREST.match(hit.phrase)
            and (
                len(participants) == 1
                or re.search(
                    r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$",
                    text[max(c_start, hit.start - 30) : hit.start],
                )
            )
        ):
            host_is_party = True
        if plover == "REJECT" and len(participants) < 2 and _SHUN.match(hit.phrase):
            # "Chile stayed away from the ceremony in Lima": the host of the gathering shunned, when
            # no other state is named
            host_is_party = True
        if plover == "ASSAULT" and len(participants) == 1:
            # "Israel struck military sites in Iran": the state where an attacker strikes is its target
            host_is_party = True
        if host_is_party:
            where = _nearest([p for p in inside(places) if p.start > hit.start], hit.start)
            if where is not None and where.iso3:
                participants = participants | {where.iso3}
        if (
            plover in NEEDS_TWO_PARTIES
            and len(participants) < 2
            and not bloc_in(
                text, Sentence(sentence.index, c_start, c_end if plover == "REJECT" else hit.start)
            )
            and not ONE_STATE_REQUEST.search(text, hit.start, c_end)
            # "Fiji was suspended from the Pacific Islands Forum", "suspended Niger from all ECOWAS
            # bodies": the group that suspends a member is named after the verb
            and not (plover == "SANCTION" and _suspended_from_a_bloc(text, hit.start, c_end))
            and not (plover == "REQUEST" and participants and _bloc_as_object(text, hit, c_end))
            and not (
                plover == "REJECT"
                and participants
                and (
                    _TREATY_EXIT.match(text, hit.start, c_end)
                    # "Putin signed a law denouncing it": a state's own law leaves the treaty
                    or re.match(r"(?i)sign(?:ed|s)\b", hit.phrase)
                )
            )
            # "two Indian peacekeepers were killed when armed youths stormed a U.N. base": the state
            # whose peacekeepers are attacked is the one party an armed group's attack has
            and not (plover == "ASSAULT" and participants and _PEACEKEEPERS.search(text, c_start, hit.start))
        ):
            continue  # one state alone does not sanction or attack, unless a bloc named before acts
        place = _nearest(inside(places), hit.start)
        if (
            plover == "CONSULT"
            and place is not None
            and place.iso3
            and place.iso3 not in participants
            and any(c_start <= p.start < c_end and p.country_iso3 is None and p.title for p in people)
            and not re.search(r"(?i)\b(?:sidelines|summit|conference|forum|meeting of)\b", text[s:e])
        ):
            # "in Doha, where he held talks with Emir Sheikh Tamim": the titled host of the place
            participants = participants | {place.iso3}
        if (
            plover == "MOBILIZE"
            and hit.cameo == "154"
            and (len(participants) >= 2 or PEACEKEEPING.search(text, c_start, c_end))
            and not HOSTILE.search(text, s, e)
            and not re.match(
                r"(?:\s+[\w'’-]+){0,8}?\s+(?:to|into|in)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central)\s+)?"
                r"(?:Mediterranean|[A-Z][\w-]+\s+(?:Sea|Ocean|Gulf|Strait)|high seas|international waters|disputed waters|region)\b",
                text[hit.end : c_end],
            )  # "deployed two Rafale jets to the eastern Mediterranean in support of Greece": a show of force
            # "deployed soldiers to its northern borders with Peru and Bolivia": its own side of a border
            and not re.match(
                r"(?:(?:\s+[\w'’,-]+){0,8}?\s+(?:to|along|on|at|near))?\s+(?:its|their|the)\s+(?:own\s+)?"
                r"(?:[\w-]+\s+){0,2}?(?:borders?|frontiers?|side|territory|coast)\b",
                text[hit.end : c_end],
            )
        ):
            # forces sent to another state's soil at its side, or to a UN mission: military
            # cooperation; at the host's request, to restore order, it is aid
            plover, hit = _retyped(hit, "COOPERATE", "062")
            if AT_REQUEST.search(text, c_start, c_end):
                plover, hit = _retyped(hit, "AID", "073")
        if plover == "SUPPORT" and (
            DESIGNATED_HOSTILE.match(text, hit.end, e) or SANCTIONS_REGIME.search(text, s, e)
        ):
            # "designated the takeover a coup", "designated the group a terrorist organisation":
            # a designation that cuts ties or blacklists, not an endorsement; so is one "pursuant
            # to E.O. 13382" or by a sanctions office
            plover, hit = _retyped(hit, "SANCTION", "163")
        if (
            plover in ("CONSULT", "COOPERATE")
            and hit.phrase.lower().startswith(("arriv", "touched down", "landed", "landing"))
            and _RELIEF_CARGO.search(text, s, e)
            and not re.search(
                r"(?i)\b(?:minister|president|secretary|delegation|envoy)\b", text[s : hit.start]
            )
        ):
            # "A C-130 carrying emergency supplies has landed in Tonga", "rescue specialists from
            # India arrived in Adana": relief flown in is aid, not a visit or a delivery of arms
            plover, hit = _retyped(hit, "AID", "073")
        elif (
            plover == "CONSULT"
            and hit.phrase.lower().startswith(("visit", "arriv", "touched down", "landed"))
            and (
                SHIP.search(text, s, _visitor_end(text, hit, e))
                or TROOPS.search(text, s, _visitor_end(text, hit, e))
                or _arriving_thing(text, s, hit, sent_others)
            )
        ):
            plover, hit = _retyped(hit, "COOPERATE", "062")
        elif plover == "CONSULT" and re.fullmatch(
            r"(?:landed|lands) (?:at|in)|touched down at|touched down in", hit.phrase.lower()
        ):
            # a leader's plane landing tells of a visit the text tells otherwise; jets landing, or a
            # plane landing "carrying the first batch of drones", are deliveries
            if not re.search(r"\bcarrying\b", text[hit.end : c_end]):
                continue
            plover, hit = _retyped(hit, "COOPERATE", "062")
        if (
            plover == "COOPERATE"
            and re.match(
                r"(?:arriv|land|touched down|deploy|sent|dispatch|first batch|first contingent)",
                hit.phrase.lower(),
            )
            and re.search(r"\b(?:police|officers)\b|" + TROOPS.pattern, text[s:e])
            and (AT_REQUEST.search(text, s, e) or AT_REQUEST.search(text, 0, ctx.lead_end))
            and not UN_MISSION.search(text, s, e)
            and not HOSTILE.search(text, s, e)
        ):
            # "the first contingent of Kenyan police landed in Port-au-Prince for the security
            # support mission": forces arriving to help another state keep order are aid
            plover, hit = _retyped(hit, "AID", "073")
        if (
            plover == "COOPERATE"
            and hit.phrase.lower().startswith(("arriv", "landed", "touched down"))
            and TROOPS.search(text, s, _visitor_end(text, hit, e))
            and not SHIP.search(text, s, _visitor_end(text, hit, e))
            and not _arriving_thing(text, s, hit, sent_others)
            and not re.search(
                r"\b(?:exercises?|drills?|training|manoeuvres|maneuvers|war\s*games|cooperation|co-operation|joint|"
                r"missions?|peacekeep\w*|request|systems?|equipment|weapons|aircraft|helicopters)\b",
                text[s:e],
                re.I,
            )
        ):
            # "The first 200 Marines arrived in Darwin in April 2012": forces moved, not an
            # exercise, a delivery or a mission asked for
            plover, hit = _retyped(hit, "MOBILIZE", "154")
        if (
            plover == "MOBILIZE"
            and hit.phrase.lower().startswith("launch")
            and len(participants) >= 2
            and re.search(r"(?i)\bsatellites?\b", text[c_start:c_end])
            and not re.search(r"(?i)\b(?:spy|reconnaissance|military)\s+satellites?\b", text[c_start:c_end])
        ):
            # "Russia launched Iran's first satellite", "China also launched the Pakistan Remote
            # Sensing Satellite": one state's rocket carrying another's satellite is cooperation
            plover, hit = _retyped(hit, "COOPERATE", "061")
        if (
            hit.cameo in ("042", "043", "062", "073")
            and place
            and place.iso3
            and (
                plover == "CONSULT"
                or PORT_CALL.search(text, s, e)
                or SHIP.search(text, s, e)
                or re.search(
                    r"\b(?:into|to|landed in|arrived in)\b", hit.phrase
                )  # "components were flown into an air base outside Ankara", "landed in Mogadishu"
            )
            # a town of the same name in a state the article never names ("Northwood") is not
            # the place meant
            and (place.iso3 in ctx.main_states or lexicon.government_names().get(place.name) == place.iso3)
        ):
            participants = participants | {place.iso3}  # the host of a visit or port call takes part
        elif plover == "CONSULT" and (
            went_to := [
                c.country_iso3
                for c in countries
                if s <= c.start < hit.start
                and c.entity_type == "LOCATION"
                and c.country_iso3
                and re.search(
                    r"\b(?:flew|travel+ed|arrived|went|headed)\s+(?:on\s+)?(?:to|in)\s+$", text[s : c.start]
                )
            ]
        ):
            # "Pelosi flew on to Seoul, where she met the Speaker": a meeting in the capital travelled to
            participants = participants | {went_to[-1]}
        if plover == "COOPERATE" and re.match(r"(?i)(?:was|were)\s+launched", hit.phrase):
            if not _SHIP_WORDS.search(text, c_start, hit.start):
                continue  # "the campaign was launched in Paris": only a hull launched is an event here
            # "PNS Babur was launched at the Istanbul Naval Shipyard": the navy's state and the state
            # that built the ship for it
            participants = participants | _yard_states(text[hit.end : c_end])
        if (
            plover == "COOPERATE"
            and len(participants) == 1
            and re.match(r"(?:docked|berthed|called at|dock|port call)", hit.phrase, re.I)
        ):
            # "two Chinese navy corvettes docked at the new pier": the visiting navy's host is the
            # state the article is most about
            participants = participants | set(
                next(([x] for x in ctx.main_states if x not in participants), [])
            )
        if (
            plover in ("AGREE", "CONSULT", "COOPERATE")
            and len(participants) < 2
            and not UN_MISSION.search(text, c_start, c_end)  # troops for a UN mission
            # "NATO invited Montenegro", "Georgia signed an association agreement with the EU":
            # a bloc is the other side, and the state is the event's one state
            and not (
                plover in ("AGREE", "CONSULT")
                and participants
                and (
                    bloc_in(text, Sentence(sentence.index, c_start, hit.start))
                    or _with_a_bloc(text, hit.end, c_end)
                    or (plover == "CONSULT" and _bloc_as_object(text, hit, c_end))
                    # "Finland became NATO's 31st member", "Montenegro joined the alliance": an accession
                    or _ACCESSION.match(hit.phrase)
                    or (plover == "AGREE" and _TREATY_JOINED.match(text, hit.start, c_end))
                )
            )
        ):
            continue  # a meeting, a deal or a joint drill has two sides; one found is a half-read event
        if plover == "AGREE" and _ACCESSION.match(hit.phrase):
            # "Sweden formally became NATO's 32nd member, … held up by Turkey and Hungary": the
            # state that joins, not the states that held it up
            joining = _clause_states(ctx, max(c_start, hit.start - 80), hit.start) & participants
            if joining:
                participants = joining
        actors = [p for p in inside(people) + inside(orgs)]
        if plover == "AGREE":
            objects = _agreement_objects(sent_agreements, hit)
            coordinated = _coordinated_documents(
                text, inside(generic_agreements), hit, e if ":" in text[hit.end : c_end] else c_end
            )
            if len(coordinated) > len(objects):
                objects = coordinated  # "…: a memorandum on X; an agreement on Y; and a letter of intent"
            if not objects:
                generic = _nearest(inside(generic_agreements), hit.start, 80)
                thing = _nearest(sent_others, hit.start, 80)
                objects = [generic or thing]
            if headline_like:
                objects = [_unnamed(o) for o in objects]
        elif plover == "SANCTION":
            named_list = (
                _named_gathering(text, sentence, hit)
                if hit.phrase[0].isupper() and not headline_like
                else None
            )
            if named_list is not None:
                named_list = NamedObject(named_list.start, named_list.end, named_list.name, "measure")
            objects = [_measure(text, hit, e) or named_list]
        elif hit.pos == "noun" and hit.phrase[0].isupper() and not headline_like:
            objects = [_named_gathering(text, sentence, hit)]
        else:
            # equipment and exercises are what transfers, drills and negotiations are about;
            # a meeting or a visit is not "about" the aircraft named beside it
            about_things = plover in ("COOPERATE", "AID") or hit.cameo == "046"
            near = _nearest(sent_others, hit.start, 120) if about_things else None
            objects = [near]
        for obj in objects:
            own = [
                d
                for d in sent_dates
                if (
                    date_owner.get(d.start) in (None, hit.start)
                    or _during(text, hit, date_owner[d.start], c_end)
                )
                and not in_person_aside(text, s, e, d.start, hit.start)
                and not in_which_aside(text, s, e, d.start, hit.start)
                # "suspends part of 2018 military pact": a year inside the trigger names the pact
                and not _names_its_object(d, hit, plover)
            ]
            if plover != "AGREE" and (dated := [d for d in own if not _dates_a_document(text, d)]):
                # "on 18 January 2023 ... denounced the agreement of 17 December 2018": the
                # document's date names it; the act has the other date
                own = dated
            aside_free = [
                d
                for d in sent_dates
                if not in_person_aside(text, s, e, d.start, hit.start)
                and not _names_its_object(d, hit, plover)
            ]
            if hit.pos == "noun" and re.search(
                r"\b(?:after|following)\s+(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,3}$",
                text[s : hit.start],
            ):
                # "returned to Seoul on Saturday after his trilateral summit": Saturday is the return's
                cut = text.rfind("after", s, hit.start)
                cut = max(cut, text.rfind("following", s, hit.start))
                own = [d for d in own if d.start > cut]
                aside_free = [d for d in aside_free if d.start > cut]
            if (
                own
                and ctx.anchor is not None
                and ctx.anchor.precision == "day"
                and all(in_dateline(text, d) and 0 < (d.date.value - ctx.anchor.value).days <= 6 for d in own)
            ):
                # "May 11, 2008 (KHARTOUM) — Sudan has severed ties … announced late on Saturday":
                # the dateline dates the report; the lead's act has the day its story gives
                own = aside_free = []
            date = statement_date(text, sentence, hit, obj, own, reference, ctx.anchor, aside_free, narrative)
            if group_blocs and date is not None:
                # "Mercosur suspended Venezuela in 2017": the group's members in the year of the act
                added = _members(group_blocs, ctx.reference_year) - named_states
                participants = (participants - added) | _members(group_blocs, date.value.year)
            start, end = s, e
            if sum(1 for k in kept if k[0] == plover) > 1:  # several of a type: cite the clause
                start, end = _trim_span(text, c_start, c_end)
            confidence = _confidence(hit, date, participants, obj)
            source, target = event_direction(text, hit, countries, sentence, participants, plover)
            if len(participants) == 2:
                ctx.last_pairs[plover] = tuple(sorted(participants))
            if plover in ("AGREE", "CONSULT") and len(participants) >= 2:
                ctx.last_parties[:] = sorted(participants)
            if plover in ("SANCTION", "PROTEST"):
                acted_on = {target} if target else set(participants) - {source}
                if len(acted_on) == 1:
                    ctx.last_targets[plover] = next(iter(acted_on))
                    ctx.last_step[:] = [(plover, hit.cameo, sentence.index)]
            records.append(
                EventRecord(
                    article_id=article_id,
                    plover_type=plover,
                    cameo_code=hit.cameo,
                    trigger=hit.phrase,
                    trigger_start=hit.start,
                    start=start,
                    end=end,
                    sentence_index=sentence.index,
                    date=date,
                    countries=tuple(sorted(participants)),
                    location=place.name if place else None,
                    location_iso3=place.iso3 if place else None,
                    latitude=place.latitude if place else None,
                    longitude=place.longitude if place else None,
                    object_name=obj.name if obj else None,
                    object_named=bool(obj and obj.named),
                    object_kind=obj.kind if obj else None,
                    actors=actors,
                    confidence=confidence,
                    source_iso3=source,
                    target_iso3=target,
                    evidence=text[start:end],
                    recent=bool(RECENT_CUE.search(text[s:e]))
                    or (date is not None and date.precision == "day"),
                    reference_year=reference_year,
                )
            )
    split = [r for rec in records for r in _split_coordinated(ctx, rec, sent_dates)]
    split = [r for rec in split for r in _split_by_dates(ctx, rec, sent_dates)]
    split = [r for rec in split for r in _split_listed_subjects(ctx, rec)]
    split += [r for rec in records for r in _followed_by_similar(ctx, rec, sent_dates, main_pair)]
    if sum(r.plover_type == "AGREE" for r in records) == 1:  # not when the sentence already told two
        split += [r for rec in records for r in _accompanied_by(ctx, rec)]
    split = [r for rec in split for r in _split_separate_meetings(ctx, rec)]
    split = [r for rec in split for r in _split_signings_with(ctx, rec)]
    split = [r for rec in split for r in _split_joint_actors(ctx, rec, records, prior_targets)]
    return [r for rec in split for r in _split_calls(ctx, rec)]


_SEPARATE_DEALS_WITH = re.compile(
    r"\w+\s+(?:separate\s+|bilateral\s+|similar\s+)?(?:[\w-]+\s+){0,2}(?:agreements|deals|contracts|accords|pacts)\s+with\s+"
)  # lower case: "signed the Abraham Accords with Israel" names one accord
_EACH_OWN = re.compile(r"\b(?:their|respective)\b|\b(?:ambassadors|envoys|diplomats)\b", re.I)


_GROUP_ACTS = {
    "AGREE",
    "CONSULT",
    "SANCTION",
    "SUPPORT",
    "REJECT",
    "ACCUSE",
    "PROTEST",
    "REQUEST",
    "THREATEN",
    "CONCEDE",
}
_ONLY_THE_SETTING = re.compile(
    r"\b(?:(?:sidelines|margins|fringes|side-lines|eve|run-up)\s+of|during|ahead\s+of|coincided\s+with|prelude\s+to)"
    r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)


def _group_blocs(ctx: ArticleContext, plover: str, start: int, end: int) -> set[str]:
    """ "Leaders of the Group of Seven held a video conference", "Mercosur suspended Paraguay": a
    small group of states acts through its members, who take part (`bloc_members.tsv`); a meeting
    "on the sidelines of" or "during" the group's summit has it only as its setting."""
    if plover not in _GROUP_ACTS:
        return set()
    return {
        lexicon.member_bloc_names()[m.group(0)]
        for m in lexicon.member_bloc_regex().finditer(ctx.text, start, end)
        if not _ONLY_THE_SETTING.search(ctx.text, max(start, m.start() - 60), m.start())
    }


def _members(blocs: set[str], year: int | None) -> set[str]:
    return {iso3 for bloc in blocs for iso3 in lexicon.bloc_members(bloc, year)}


# transfers that are aid: (verb of the transfer, cue from the trigger to the clause's end, CAMEO)
_TRANSFERS_THAT_ARE_AID = (
    # "handed over medical supplies, including ventilators, to the Nepal Army": relief (073)
    (
        re.compile(r"(?:hand|deliver|donat|sent|send|ship|gift|flew|airlift)"),
        re.compile(
            r"\b(?:medical|humanitarian|relief|food|vaccines?|medicines?|ventilators|tents|blankets)\b"
        ),
        "073",
    ),
    # "handed over the patrol vessel to Seychelles as a gift": military aid (072)
    (
        re.compile(r"(?:hand|deliver|transferr|sent|ship)"),
        re.compile(
            r"\b(?:as\s+an?\s+(?:gift|donation|grant)|gifted|donated|free\s+of\s+(?:cost|charge)|gratis|"
            r"under\s+(?:a|its)\s+(?:\w+\s+){0,2}(?:military\s+)?(?:aid|assistance|grant)\b)"
        ),
        "072",
    ),
)


def _retyped(hit: TriggerHit, plover: str, cameo: str) -> tuple[str, TriggerHit]:
    """The same trigger read as another event type ("exercise" held alone is a show of force)."""
    return plover, replace(hit, plover=plover, cameo=cameo)


def _split_joint_actors(
    ctx: ArticleContext, rec: EventRecord, sentence_records: list[EventRecord], prior_targets: dict
) -> list[EventRecord]:
    """ "Chile and Colombia recalled their ambassadors": each state's own step against the same
    state (named in the clause, or the one the story's steps are aimed at)."""
    own_deals = rec.plover_type == "AGREE" and _SEPARATE_DEALS_WITH.match(ctx.text, rec.trigger_start)
    if not own_deals and (
        rec.plover_type not in ("SANCTION", "PROTEST") or not _EACH_OWN.search(rec.trigger)
    ):
        return [rec]
    before = [m for m in ctx.state_mentions if rec.start <= m.start < rec.trigger_start and m.country_iso3]
    if len(before) < 2:
        return [rec]
    tail = ctx.text[before[-1].end : rec.trigger_start]
    if not re.fullmatch(r"\s*(?:(?:on|also|both|then|later|each)\s+(?:\w+\s+)?)?", tail):
        return [rec]  # the states must be the verb's subject
    run = [before[-1]]
    for m in reversed(before[:-1]):
        if not re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*as well as)\s*", ctx.text[m.end : run[0].start]):
            break
        run.insert(0, m)
    actors = list(dict.fromkeys(m.country_iso3 for m in run))
    if len(actors) < 2:
        return [rec]
    targets = [c for c in rec.countries if c not in actors]
    if own_deals:  # "Sweden and Finland signed defence agreements with the United States": one each
        partner = _clause_states(ctx, own_deals.end(), min(rec.end, own_deals.end() + 60)) - set(actors)
        if len(partner) != 1:
            return [rec]
        (target,) = partner
        return [replace(rec, countries=tuple(sorted({a, target}))) for a in actors]
    aimed = {
        r.target_iso3
        for r in sentence_records
        if r is not rec and r.plover_type in ("SANCTION", "PROTEST") and r.target_iso3 not in (None, *actors)
    } or {prior_targets.get(rec.plover_type)} - {None, *actors}
    last = sorted(aimed)
    target = (
        targets[0]  # "recalled their ambassadors from Jakarta": the state the clause names
        if len(targets) == 1
        else last[0]  # "Bolivia broke with Israel, while Chile and Colombia recalled their ambassadors"
        if len(last) == 1
        else next((c for c in ctx.main_states if c not in actors), None)
    )
    if target is None:
        return [rec]
    ctx.last_targets[rec.plover_type] = target  # the next "X also recalled its envoy" is aimed there too
    return [
        replace(rec, countries=tuple(sorted({a, target})), source_iso3=a, target_iso3=target) for a in actors
    ]


_WITH_EACH = re.compile(r"\bwith\s+(?P<a>[^,;.]{3,80}?)\s+and\s+(?:with|then with)\s+(?P<b>[^,;.]{3,80})")


def _split_signings_with(ctx: ArticleContext, rec: EventRecord) -> list[EventRecord]:
    """ "Zelensky signed accords with Chancellor Scholz in Berlin and with President Macron in
    Paris": one signing (or meeting) with each partner."""
    if rec.plover_type not in ("AGREE", "CONSULT") or len(rec.countries) < 3:
        return [rec]
    m = _WITH_EACH.search(ctx.text, rec.trigger_start, rec.end)
    if m is None:
        return [rec]

    def states(a: int, b: int) -> set[str]:
        return {x.country_iso3 for x in ctx.state_mentions if a <= x.start < b and x.country_iso3}

    first, second = states(m.start("a"), m.end("a")), states(m.start("b"), m.end("b"))
    common = set(rec.countries) - first - second
    if len(first) != 1 or len(second) != 1 or first == second or not common:
        return [rec]
    return [replace(rec, countries=tuple(sorted(common | side))) for side in (first, second)]


_SEPARATE_MEETINGS = re.compile(
    r"\b(?:separate\s+(?:meetings|talks|audiences|bilateral meetings)|met\s+separately|"
    r"held\s+talks\s+separately|bilateral\s+meetings|bilaterals)\s+with\b",
    re.I,
)


def _split_separate_meetings(ctx: ArticleContext, rec: EventRecord) -> list[EventRecord]:
    """ "held separate meetings with Prime Minister A and party chief B": one meeting per person
    met, each with the visitor."""
    if rec.plover_type != "CONSULT":
        return [rec]
    m = _SEPARATE_MEETINGS.search(ctx.text, rec.start, rec.end)
    if m is None or not (m.start() <= rec.trigger_start < m.end()):
        return [rec]
    stop = re.search(r"[;.]|,\s+(?!and\b)", ctx.text[m.end() : rec.end])
    end = m.end() + (stop.start() if stop else rec.end - m.end())
    met = [p for p in ctx.people if m.end() <= p.start < end]
    names = list(dict.fromkeys(p.name for p in met))
    if len(names) < 2:
        return [rec]
    others = [a for a in rec.actors if a.name not in names]
    hosts = set(rec.countries) - {p.country_iso3 for p in met}
    out = []
    for n in names:
        person = next(p for p in met if p.name == n)
        # "Modi held bilateral meetings with Hasina and Jugnauth": India–Bangladesh, India–Mauritius
        states = hosts | {person.country_iso3} if hosts and person.country_iso3 else set(rec.countries)
        out.append(replace(rec, actors=[*others, person], countries=tuple(sorted(states))))
    return out


def _visitor_end(text: str, hit: TriggerHit, end: int) -> int:
    """Where the visitor of a visit may be named: before the verb, or in "a visit by ..." after
    it; not the rest of the sentence ("visited Manila, when they launched talks on a visiting
    forces agreement" is no troop visit)."""
    by = re.match(r"\s+(?:by|of)\s+[^,;.]{0,60}", text[hit.end : end])
    return hit.end + by.end() if by else hit.end


UN_MISSION = re.compile(
    r"\b(?:UN|United Nations)\s+(?:[\w-]+\s+){0,3}(?:mission|force|operation)s?\b|\bpeacekeep", re.I
)
SOLO_DRILL = re.compile(r"(?:military\s+)?(?:exercises?|drills?|war games|manoeuvres|maneuvers)", re.I)
JOINT_CUE = re.compile(
    r"\b(?:joint|jointly|with|between|bilateral|trilateral|combined|multinational|multilateral|together|"
    r"alongside|partners?|allies|allied|participat\w*|took part|taking part|join\w*|"
    r"the\s+(?:two|three|four|five)\s+(?:countries|nations|navies|armies|states))\b",
    re.I,
)


_AROUND = re.compile(
    r"\b(?:around|encircling|surrounding|close in on|closing in on|near|off the coast of|aimed at)\s+"
    r"(?:the\s+)?(?:self-ruled\s+|disputed\s+)?(?:island|[A-Z][\w-]+)",
)


def _drills_around(ctx: ArticleContext, start: int, end: int) -> bool:
    """ "the PLA staged drills around Taiwan", "units close in on the island … in what it called
    joint exercises": one state's forces drilling around another state show force; "joint" here
    is of services, not of states."""
    around = _AROUND.search(ctx.text, start, end)
    if around is None or _coordinated_states(ctx, start, end) or BILATERAL_CUE.search(ctx.text, start, end):
        return False
    target = around.end() - len(around.group(0).split()[-1])
    if not around.group(0).endswith("island") and not any(
        m.start <= target < m.end and m.country_iso3 for m in ctx.state_mentions
    ):
        return False  # "off the coast of Rio Grande do Sul" is a place, not a state drilled at
    return not re.search(
        r"\b(?:with|alongside|together with)\s+(?:the\s+)?(?:[A-Z]|\w+\s+(?:forces|navy|army|troops|counterparts?))",
        ctx.text[start:end],
    )


def _coordinated_states(ctx: ArticleContext, start: int, end: int, comma: bool = True) -> bool:
    """Two states joined as one subject ("Japan and the United States", "Indian-French"); with
    ``comma`` False, a comma alone does not join them ("before Yoon left for Tokyo, North Korea")."""
    mentions = [
        m
        for m in ctx.state_mentions
        if start <= m.start < end and m.country_iso3 and m.entity_type == "COUNTRY"
    ]
    return any(
        a.country_iso3 != b.country_iso3
        and re.fullmatch(
            r"\s*(?:,|and|,\s*and|-|–|/)\s*(?:the\s+)?"
            if comma
            else r"\s*(?:and|,\s*and|-|–|/)\s*(?:the\s+)?",
            ctx.text[a.end : b.start],
        )
        for a, b in zip(mentions, mentions[1:], strict=False)
    )


# "the two armies", "both governments": the two states the story is about
_THE_TWO = re.compile(
    r"\b(?:[Tt]he|[Bb]oth)\s+(?:two|rival)\s+(?:armies|navies|militaries|forces|sides|countries|nations|"
    r"neighbours|neighbors|states|governments|capitals)\b"
)
# "picked the Rafale in May over": what was chosen ends at "over"
_CHOSE_OVER = re.compile(r"(?i)(?:selected|picked|chose|chosen)\b[^,;.]{0,60}?(?=\sover\s)")


def _clause_states(ctx: ArticleContext, start: int, end: int) -> set[str]:
    """States named in [start, end), by name, demonym, seat of government or a person's office."""
    return {
        m.country_iso3
        for m in ctx.state_mentions
        if start <= m.start < end and m.country_iso3 and m.entity_type in ("COUNTRY", "PERSON")
    }


LEADING_CLAUSE = re.compile(
    r"[\W\d]*(?:When|While|As|Although|Though|Since|Once|Because|If)\s+[^,;.]{5,150},\s+"
)
_DURING = re.compile(r"\s(?:during|on the sidelines of|at|on|when)\s+(?:[\w'’.-]+\s+){0,8}$")


def _during(text: str, hit: TriggerHit, owner_start: int, clause_end: int) -> bool:
    """ "signed a deal during Macron's visit to Dubai on Dec. 3": the date of the gathering a
    deal was signed during is the signing's date too."""
    return (
        hit.end <= owner_start < clause_end
        and owner_start - hit.end <= 120
        and _DURING.search(text, hit.end, owner_start) is not None
    )


_ANAPHORIC_WEAPONS = re.compile(
    r"\b(?:the|these|those)\s+(?:jets|aircraft|planes|fighters|tanks|ships|vessels|submarines|helicopters|"
    r"howitzers|systems)\b"
)


def _maker_state(text: str, paragraph_start: int, c_start: int, c_end: int) -> set[str]:
    """ "Egypt signed a contract for 30 more Rafales": the maker's state is the counterpart of a
    purchase that names only the buyer; "a deal for 48 of the jets" takes the jets the paragraph
    named. Empty unless exactly one maker is found."""
    makers = lexicon.makers_named(text, c_start, c_end)
    if not makers and _ANAPHORIC_WEAPONS.search(text, c_start, c_end):
        makers = lexicon.makers_named(text, paragraph_start, c_start)
    return makers if len(makers) == 1 else set()


STATE_PRONOUN = re.compile(
    r"(?:(?:In|On|By|Later|Then)\s+(?:[A-Z]\w+\s*)?(?:\d{1,4})?,?\s+)?It\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:signed|bought|ordered|took up|agreed|received|purchased|concluded|inked)\b"
)
SENTENCE_PRONOUN = re.compile(
    r"(?:(?:Later|Then|Afterwards|Separately|Earlier|(?:On|In|By|Later on)\s+[A-Z]\w+(?:\s+\d{1,4})?),?\s+)?"
    r"(?:He|She|(?<=\s)he|(?<=\s)she)\s+(?!said|says|told|added)"
)


def _previous_subject(text: str, people: list[EntityMention], s: int) -> set[str]:
    """ "Amir-Abdollahian held talks with Jilani. He later called on Kakar": a sentence opening with
    "He" goes on with the person (or "It" with the state) the sentence before it opened with."""
    prev = max(text.rfind(". ", 0, max(s - 2, 0)), text.rfind("\n", 0, max(s - 1, 0))) + 1
    first = next((p for p in people if prev <= p.start < s), None)
    return {first.country_iso3} if first is not None and first.country_iso3 else set()


def _state_told_of(
    ctx: ArticleContext, participants: set[str], paragraph_start: int, s: int, plover: str = "AGREE"
) -> set[str]:
    """ "Japan's first RAA, with Australia, was signed in 2022. The pact with the U.K. ...": the
    article's state the paragraph is telling of is a lone party's counterpart."""
    if participants & set(ctx.main_pair):
        return set()
    told = {
        c.country_iso3
        for c in ctx.countries
        if paragraph_start <= c.start < s and c.country_iso3 in ctx.main_pair
    } - participants
    if not told and plover in ("AGREE", "COOPERATE"):
        # "Poland remains the flank's most voracious buyer. Its first purchase ... was a contract"
        first = next(
            (
                c
                for c in ctx.countries
                if paragraph_start <= c.start < s and c.entity_type == "COUNTRY" and c.country_iso3
            ),
            None,
        )
        told = {first.country_iso3} - participants if first is not None else set()
    return told if len(told) == 1 else set()


def _other_clause_states(
    ctx: ArticleContext, kept: dict, clause_starts: list[int], end: int, own: tuple[str, int]
) -> set[str]:
    """States that are another clause's own: named in a clause with its own trigger of the same
    type, or the subject a clause opens with ("…, and Malaysia ordered 18 in 2023")."""
    found: set[str] = set()
    with_trigger = {clause for plover, clause in kept if plover == own[0]}
    for clause, c_start in enumerate(clause_starts):
        if clause == own[1]:
            continue
        c_end = clause_starts[clause + 1] if clause + 1 < len(clause_starts) else end
        states = [c for c in ctx.countries if c_start <= c.start < c_end and c.country_iso3]
        if clause in with_trigger:
            found |= {c.country_iso3 for c in states}
        elif states and clause > 0 and not ctx.text[c_start : states[0].start].strip(" ,"):
            found.add(states[0].country_iso3)
    return found


def _split_calls(ctx: ArticleContext, rec: EventRecord) -> list[EventRecord]:
    """ "X held phone calls with A, B and C": calls, in the plural, each with two ends: one event
    per partner. ("spoke by phone with A and B" may be one call and stays one event.)"""
    if (
        rec.cameo_code != "041"
        or len(rec.countries) < 3
        or not rec.trigger.lower().endswith(("calls", "conversations"))
    ):
        return [rec]
    mentions = [
        m
        for m in ctx.state_mentions
        if rec.start <= m.start < rec.end and m.country_iso3 and m.entity_type in ("COUNTRY", "PERSON")
    ]
    callers = {m.country_iso3 for m in mentions if m.start < rec.trigger_start}
    partners = [c for c in rec.countries if c not in callers]
    if len(callers) != 1 or len(partners) < 2:
        return [rec]
    return [replace(rec, countries=tuple(sorted(callers | {p}))) for p in partners]


def _state_date_pairs(
    ctx: ArticleContext, rec: EventRecord, dates: list[DateMention], lo: int
) -> list[tuple[str, DateMention]]:
    """(state, date) for each date of the statement with a state named just before it, after ``lo``."""
    pairs: list[tuple[str, DateMention]] = []
    for d in dates:
        if not (rec.start <= d.start < rec.end):
            continue
        before = [
            c
            for c in ctx.countries
            if c.entity_type == "COUNTRY" and lo <= c.start and 0 <= d.start - c.end <= 30
        ]
        if not before:
            continue
        c = before[-1]
        gap = ctx.text[c.end : d.start]
        if re.search(r"[.;]", gap) or any(c.end <= o.start < d.start for o in dates):
            continue
        pairs.append((c.country_iso3, d))
    return pairs


_EACH_ONES_OWN_STEP = re.compile(r"(?i)summon(?:ed|s|ing)?|recall(?:ed|s|ing)?")


def _split_listed_subjects(ctx: ArticleContext, rec: EventRecord) -> list[EventRecord]:
    """ "Lithuania, Latvia and Estonia summoned Chinese diplomats", "Chile and Colombia recalled their
    ambassadors": each state listed as the subject takes its own step against the state it targets,
    one event per pair, as a summons or a recall is one government's act. (Expulsions and cut ties
    are left whole: the gold splits "Qatar and Mauritania froze their ties" but not "the quartet cut
    ties with Qatar".)"""
    if (
        rec.plover_type not in ("SANCTION", "PROTEST", "ACCUSE")
        or not _EACH_ONES_OWN_STEP.match(rec.trigger)
        or _EACH_OWN.search(rec.trigger)  # "recalled their ambassadors": split by _split_joint_actors
    ):
        return [rec]
    text = ctx.text
    line_start = max(text.rfind(". ", 0, rec.trigger_start), text.rfind("\n", 0, rec.trigger_start)) + 1
    before = sorted(
        (
            c
            for c in ctx.countries
            if line_start <= c.start < rec.trigger_start and c.entity_type == "COUNTRY"
        ),
        key=lambda c: c.start,
    )
    run: list[EntityMention] = []
    for c in reversed(before):
        gap = text[c.end : (run[0].start if run else rec.trigger_start)]
        if not run:
            if not re.fullmatch(r"\s+(?:(?:on|last|this)\s+\w+\s+|also\s+|both\s+|have\s+|had\s+)*", gap):
                break
        elif not re.fullmatch(r"\s*,\s*|\s+and\s+|\s*,\s+and\s+", gap):
            break
        run.insert(0, c)
    subjects = list(dict.fromkeys(c.country_iso3 for c in run if c.country_iso3))
    targets = set(rec.countries) - set(subjects)
    if len(subjects) < 2 or not targets or not set(subjects) <= set(rec.countries):
        return [rec]
    return [replace(rec, countries=tuple(sorted(targets | {s}))) for s in subjects]


def _split_coordinated(ctx: ArticleContext, rec: EventRecord, dates: list[DateMention]) -> list[EventRecord]:
    """ "signed similar pacts with Australia in 2022 and Britain in 2023": one event per partner.

    Each partner is a state named just before its own date, the pairs joined by "and"; the
    states left over (the subject) take part in every one of them.
    """
    text = ctx.text
    pairs = _state_date_pairs(ctx, rec, dates, rec.trigger_start)
    if len(pairs) < 2 and rec.plover_type == "AGREE":
        # "after the agreement with Australia signed in January 2022 and the one with Britain
        # signed in January 2023": the first partner stands before the verb
        pairs = [p for p in _state_date_pairs(ctx, rec, dates, rec.start) if p[1].start > rec.trigger_start]
    if len(pairs) < 2 or len({c for c, _ in pairs}) != len(pairs) or len({d.date for _, d in pairs}) < 2:
        return [rec]
    between = text[pairs[0][1].end : pairs[-1][1].start]
    if not re.search(r"\band\b", between):
        return [rec]
    subject = set(rec.countries) - {c for c, _ in pairs}
    if not subject:
        # "the third pact Japan has concluded, after the agreement with Australia signed in January
        # 2022 and the one with Britain signed in January 2023": the state named before the list
        sentence_start = (
            max(text.rfind(". ", 0, rec.trigger_start), text.rfind("\n", 0, rec.trigger_start)) + 1
        )
        subject = {
            c.country_iso3
            for c in ctx.countries
            if sentence_start <= c.start < pairs[0][1].start and c.entity_type == "COUNTRY" and c.country_iso3
        } - {c for c, _ in pairs}
    if len(subject) != 1:
        return [rec]
    return [replace(rec, countries=tuple(sorted(subject | {c})), date=d.date) for c, d in pairs]


# a step whose object names no other state: "recalled its ambassador", "severed relations"
_OWN_ENVOY_OR_TIES = re.compile(
    r"(?i)(?:recall(?:ed|s|ing)?|withdr[ae]w|withdrawn|pulled)\s+(?:its|their)\s+(?:own\s+|top\s+)?"
    r"(?:ambassadors?|envoys?|diplomats?|chargés?\s+d['’]affaires|charges?\s+d['’]affaires|heads?\s+of\s+mission)"
    r"(?:\s+for\s+consultations)?|"
    r"(?:severed|severs|cut|cuts|broke\s+off|breaks\s+off|suspended|downgraded)\s+(?:all\s+)?(?:its\s+|their\s+)?"
    r"(?:diplomatic\s+)?(?:relations|ties)"
)


# "Chile recalled its ambassador on the same day", "Norway took a similar step": the step just told,
# taken again by another state
SAME_STEP = re.compile(
    r"\b(?:the same day|that same day|also|too|likewise|similarly|followed suit|as well|"
    r"(?:a\s+)?similar\s+(?:step|move|measure)|the\s+same\s+step|did\s+the\s+same)\b",
    re.I,
)
# "The Netherlands expelled 17 and Ireland expelled four", "it expelled three more": a count with
# no noun after it takes the people of the step just told
_ELLIPTICAL_COUNT = re.compile(
    rf"\s+(?:{NUMBER_WORD}|\d+)(?:\s+(?:more|others))?(?=\s*(?:[,.;]|$|and\b|in\b|on\b|last\b|this\b|after\b))",
    re.I,
)
_FOLLOWED_SUIT = re.compile(
    r"\b(?:followed\s+suit|took\s+(?:a\s+)?(?:similar|the\s+same)\s+(?:step|measures?|action)|"
    r"did\s+(?:the\s+same|likewise))\b",
    re.I,
)
_FOLLOWED_BY = re.compile(
    r",?\s+(?:and\s+)?followed\s+by\s+(?:a|an|another|the)\s+(?:similar\s+|second\s+|new\s+|further\s+|third\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:accord|agreement|pact|treaty|deal|contract|memorandum|one)s?\s+with\s+",
    re.I,
)


def _split_by_dates(ctx: ArticleContext, rec: EventRecord, dates: list[DateMention]) -> list[EventRecord]:
    """ "Disengagement followed in phases: Galwan (July 2020), Pangong Tso (February 2021) and
    Gogra (August 2021)", "disengagement from X in February 2021 and from Y in September 2022",
    "met in Vilnius in July and again in New York in September": one event per dated item of a
    list that follows an event noun or verb."""
    if rec.plover_type not in ("RETREAT", "ASSAULT", "COOPERATE", "MOBILIZE", "CONSULT"):
        return [rec]
    after = [d for d in dates if rec.trigger_start < d.start < rec.end]
    opener = (
        r"\bin\s+$" if rec.plover_type == "CONSULT" else r"(?:\(\s*$|\bin\s+$)"
    )  # talks: "in 2017 and in 2019"
    items: list[DateMention] = []
    for d in after:
        if (
            re.search(opener, ctx.text[max(0, d.start - 4) : d.start])
            # "talks in July and August": two months sharing one "in"
            or (
                d.date.precision == "month"
                and re.match(r"[Ii]n\s+[A-Z][a-z]+\s+and\s+[A-Z]", ctx.text[d.start : d.start + 30])
            )
            or (
                items
                and d.date.precision == "month"
                and re.fullmatch(r"\s+and\s+", ctx.text[items[-1].end : d.start])
            )
        ):
            items.append(d)
    if len(items) < 2:
        # "met Wang Yi in Astana on July 4 and again in Vientiane on July 25": the act told again
        # with a second date
        items = next(
            (
                [d1, d2]
                for d1, d2 in zip(after, after[1:], strict=False)
                if re.search(r"\band\s+again\b", ctx.text[d1.end : d2.start])
            ),
            items,
        )
    if len(items) < 2 or len({d.date for d in items}) < 2:
        return [rec]
    joined = ctx.text[items[0].end : items[-1].start]
    if not re.search(r"\band\b", joined) or re.search(r"[.;]", joined):
        return [rec]
    return [replace(rec, date=d.date) for d in items]


_ACCOMPANIED = re.compile(
    r",?\s+(?:accompanied by|along with|together with|alongside)\s+(?:a|an)\s+(?:separate\s+|second\s+)?"
    r"(?P<doc>(?:[\w-]+\s+){0,2}?(?:memorandum of understanding|memorandum|MoU|letter of intent|contract|protocol|"
    r"agreement|declaration)\b)",
    re.I,
)


def _accompanied_by(ctx: ArticleContext, rec: EventRecord) -> list[EventRecord]:
    """ "the signing of a strategic partnership, accompanied by a memorandum of understanding on
    three frigates": a second document signed by the same parties at the same time."""
    if rec.plover_type != "AGREE":
        return []
    m = _ACCOMPANIED.search(ctx.text, rec.trigger_start, rec.end)
    if m is None:
        return []
    return [replace(rec, object_name=m["doc"], object_named=False)]


def _followed_by_similar(
    ctx: ArticleContext, rec: EventRecord, dates: list[DateMention], main_pair: tuple[str, ...]
) -> list[EventRecord]:
    """ "The Japan-Australia pact was signed in January 2022, followed by a similar accord with
    Britain in January 2023": a second signing, with the state the two have in common."""
    if rec.plover_type != "AGREE":
        return []
    m = _FOLLOWED_BY.search(ctx.text, rec.trigger_start, rec.end)
    if m is None:
        return []
    stop = re.search(r"[,;]|$", ctx.text[m.end() : rec.end])
    end = m.end() + (stop.start() if stop else 0)
    partners = {
        c.country_iso3 for c in ctx.countries if m.end() <= c.start < end and c.entity_type == "COUNTRY"
    } - set(rec.countries)
    when = [d for d in dates if m.end() <= d.start < end]
    keep = set(rec.countries) & set(main_pair) or set(rec.countries)
    if len(partners) != 1 or len(when) != 1 or len(keep) != 1:
        return []
    return [replace(rec, countries=tuple(sorted(keep | partners)), date=when[0].date, object_name=None)]


def _arriving_thing(text: str, s: int, hit: TriggerHit, things: list[NamedObject]) -> bool:
    """ "The first 10 K2 tanks arrived at Gdynia": equipment, not a delegation, arrives."""
    if not hit.phrase.lower().startswith(("arriv", "visit", "land", "touched down")):
        return False
    if not hit.phrase.lower().startswith("arriv") and not re.search(
        r"\b(?:jets?|aircraft|planes?|fighters?|bombers?|helicopters?|drones)\s+"
        r"(?:(?:(?!(?:during|after|before|for|on|in|of|at|the|a|his|her|their)\b)\w+\s+){0,2}"
        # "28 Typhoon jets ordered from Italy landed", "the F-35As Korea bought from the United States"
        r"|(?:[A-Z][\w-]+\s+)?(?:built|made|ordered|bought|purchased|acquired|supplied)\s+(?:by|from|in)\s+[^,;.]{0,60})$",
        text[s : hit.start],
    ):
        return False  # "Tu-160 bombers visit Waterkloof"; but not "as Macron paid a visit" beside a jet deal
    thing_before = any(s <= t.start < hit.start and t.kind == "equipment" for t in things) or re.search(
        r"\b(?:system|systems|missiles|tanks|jets?|aircraft|batch|shipment|vehicles|howitzers|launchers|drones|"
        r"planes?|fighters?|bombers?|helicopters?|submarines|frigates|corvettes|vessels|ships|boats|batteries)\b"
        # "The first two arrived at Clark Air Base": items counted, not people
        r"|\b(?:first|last|remaining|final)\s+(?:\w+\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|batch|ones)\s*$",
        text[s : hit.start],
    )
    subject = PERSON_ASIDE.sub(",", text[s : hit.start])[-40:]  # "the minister arrived", not one in an aside
    return bool(thing_before) and not re.search(
        r"\b(?:minister|president|delegation|secretary|chief|envoy|leader|king|prime)\b",
        subject,
        re.I,
    )


def _measure(text: str, hit: TriggerHit, end: int) -> NamedObject | None:
    """What a sanction targets: "tariffs on Indian goods" (numbers and "additional" left out)."""
    m = MEASURE.match(text, hit.start, end)
    if not m:
        return None
    name = f"{m.group('what').lower()} on {m.group('on')}"
    return NamedObject(m.start(), m.end(), name, "measure")


_DOCUMENT_LIST_HEADER = re.compile(
    r"(?:MoUs?|Memorand\w*|Agreements?|Documents?|Instruments?|Outcomes?)\b[^\n]{0,60}\b(?:exchanged|signed|concluded|"
    r"inked|adopted)\b[^\n]{0,20}:?\s*$"
    # "the two Presidents witnessed the exchange of cooperation documents, including:"
    r"|\b(?:exchange|signing|signature)\s+of\s+(?:[\w-]+\s+){0,3}(?:documents|agreements|MoUs|memorand\w*|"
    r"instruments)\b[^\n]{0,40}:\s*$",
    re.I,
)
_LIST_ITEM = re.compile(
    r"[ \t]*(?:\(?(?:\d{1,2}|[ivx]{1,5}|[a-h])[.)]|[-•*·])[ \t]+"
)  # "1.", "(iv)", "b)", "•"
_DOCUMENT_NOUN = re.compile(
    r"\b(?:MoU|Memorandum of Understanding|Agreement|Protocol|Treaty|Accord|Letter of Intent|Programme of Cooperation|"
    r"Plan of Action|Action Plan|Declaration|Exchange of Notes|Renewal|Arrangement)\b"
)


def _listed_document(text: str, sentence: Sentence) -> TriggerHit | None:
    """An item of a press release's list of documents signed or exchanged is a signing."""
    noun = _DOCUMENT_NOUN.search(text, sentence.start, sentence.end)
    if noun is None or _document_list_header(text, sentence) is None:
        return None
    return TriggerHit(noun.start(), noun.end(), noun.group(0), "listed", "AGREE", "057")


def _document_list_header(text: str, sentence: Sentence) -> tuple[int, int] | None:
    """The span of the line that heads the list of documents ``sentence`` is an item of."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if not (item := _LIST_ITEM.match(text, line_start)) or sentence.start > item.end():
        return None
    pos = line_start
    while pos > 0:  # back over the list to its header
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start : pos - 1]
        if _DOCUMENT_LIST_HEADER.search(line):
            return prev_start, pos - 1
        if line.strip() and not _LIST_ITEM.match(line):
            return None
        pos = prev_start
    return None


def _heads_document_list(text: str, sentence: Sentence) -> bool:
    """A sentence ending in ":" before a list of documents, each item a signing of its own."""
    if not text[sentence.start : sentence.end].rstrip().endswith(":"):
        return False
    if not _DOCUMENT_LIST_HEADER.search(text, sentence.start, sentence.end):
        return False
    rest = text[sentence.end :].lstrip("\n \t")
    return bool(_LIST_ITEM.match(rest)) and _DOCUMENT_NOUN.search(rest[:200]) is not None


def _headline_or_bullet(text: str, sentence: Sentence) -> bool:
    """A headline (the first sentence, or a short line without a full stop) or a timeline bullet."""
    segment = text[sentence.start : sentence.end]
    if sentence.index == 0 or re.match(r"[\w\s.,]{0,25}\b(?:19|20)\d\d\s*[–—:-]", segment):
        return True
    line = _line_of(text, sentence)
    return len(line) < 140 and not line.endswith(".")


def _line_of(text: str, sentence: Sentence) -> str:
    """The whole line (between newlines) that holds the sentence, stripped."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    return text[line_start : len(text) if line_end < 0 else line_end].strip()


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to drop surrounding spaces and joining punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _named_gathering(text: str, sentence: Sentence, hit: TriggerHit) -> NamedObject | None:
    """The name a capitalised event noun belongs to: "East Asia Summit", "Defence Ministers' Meeting"."""
    from pipelines.extract.objects import capitalised_phrases

    seg = text[sentence.start : sentence.end]
    for a, b in capitalised_phrases(seg):
        if a <= hit.start - sentence.start < b + 2:
            start = sentence.start + a
            end = max(sentence.start + b, hit.end)
            name = text[start:end]
            name = re.sub(r"^(?:The|At|In|On|During)\s+", "", name)
            return NamedObject(end - len(name), end, name, "event")
    return None


def _title_case(segment: str) -> bool:
    """Headline-like text (title case, no full stop), whose capitals do not mark names."""
    if segment.rstrip().endswith((".", "?", "!")):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'\-]*", segment) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _unnamed(obj: NamedObject | None) -> NamedObject | None:
    if obj is None:
        return None
    return NamedObject(obj.start, obj.end, obj.name, obj.kind, obj.acronym, obj.year, named=False)


def _drop_complements(text: str, kept: dict) -> dict:
    """ "talks on sanctions", "agreed to deploy", "a contract for the delivery of": the second
    event word is the topic of the first, not an event of its own."""
    heads = [
        h
        for h in kept.values()
        if h.plover in ("CONSULT", "AGREE", "ACCUSE", "REQUEST", "REJECT") and h.pos != "listed"
    ]
    out = {}
    for key, h in kept.items():
        topic_of = [
            a
            for a in heads
            if a is not h
            and (
                (
                    0 <= h.start - a.end <= 45
                    and COMPLEMENT.match(text[a.end : h.start])
                    # "met on Tuesday and signed a pact": a second act of the same subject
                    and not (
                        h.pos in ("verb", "agreement")
                        and (
                            re.search(r"\b(?:and|but|then)\s+$", text[a.end : h.start])
                            or "," in text[a.end : h.start]  # "visit to Zagreb, Croatia and France concluded"
                        )
                    )
                    and not re.match(
                        r"\s+(?:led|leading|leads|lead)\s+to\b", text[a.end : h.start]
                    )  # a result
                    # "Medvedev traveled to Yerevan in August 2010 to sign a protocol": the trip
                    # was made, and the signing it was made for is told as done
                    and not (
                        h.plover == "AGREE"
                        and re.match(rf"{_TRAVELLED}\b", a.phrase, re.I)
                        and re.search(r"\bto\s+$", text[a.end : h.start])
                    )
                )
                or (
                    a.plover == "AGREE"
                    and 0 <= h.start - a.end <= 110
                    and PURPOSE.match(text[a.end : h.start])
                )
                or (  # "requesting an urgent meeting": what is asked for has not happened
                    a.plover == "REQUEST"
                    and 0 <= h.start - a.end <= 30
                    and re.fullmatch(r"\s+(?:an?|the)\s+(?:\S+\s+){0,2}", text[a.end : h.start])
                )
            )
        ]
        if not topic_of:
            out[key] = h
    return out


def _drop_context_mentions(text: str, kept: dict, s: int) -> dict:
    """A named gathering after "on the sidelines of" / "during" is the setting of another event."""
    if len(kept) < 2:
        return kept
    out = {}
    for key, h in kept.items():
        before = text[max(s, h.start - 120) : h.start]
        if (
            h.pos == "noun"
            and re.search(
                r"\b(?:sidelines of|during|at|ahead of|coincided with)\s+(?:the\s+)?[^,.;]*$", before
            )
            and h.phrase[0].isupper()
        ):
            continue
        out[key] = h
    return out or kept


def _agreement_objects(agreements: list[NamedObject], hit: TriggerHit) -> list[NamedObject]:
    """Named agreements of the sentence; several when they are listed with their own years."""
    if not agreements:
        return []
    with_years = [a for a in agreements if a.year is not None]
    if hit.pos == "listed" and with_years:
        return with_years  # "under the 1997 Treaty of X and Article 4 of Y": what is dated is stated
    if len(agreements) > 1 and (len(with_years) >= 2 or hit.pos in ("agreement", "verb", "listed")):
        return agreements
    return [min(agreements, key=lambda a: abs(a.start - hit.start))]


_INDEFINITE = re.compile(r"\b(?:a|an|one|another)\s+$", re.I)
_COORDINATOR = re.compile(
    r"(?:(?:,\s*|\s)(?:and|as well as|along with|plus)\s+(?:also\s+)?|;\s*(?:and\s+)?)(?:an?|another)\s+$",
    re.I,
)  # "a contract … and a letter of intent"; a list after a colon: "…: a memorandum …; an agreement …"


def _coordinated_documents(
    text: str, generic: list[NamedObject], hit: TriggerHit, clause_end: int
) -> list[NamedObject]:
    """ "signed a contract on radars as well as a letter of intent on air defence": one verb,
    two documents introduced as new ("a", "an"), coordinated: two signings. A document named
    again ("the contract") or inside another's description is not a second one."""
    after = [g for g in generic if hit.end <= g.start < clause_end]
    documents: list[NamedObject] = []
    for g in after:
        if g.start - (documents[-1].end if documents else hit.end) > 250:
            break  # each document follows the last one closely
        lead = text[max(0, g.start - 40) : g.start]
        if not _INDEFINITE.search(lead):
            continue
        if documents and not _COORDINATOR.search(lead):
            continue
        if re.match(r"\s+(?:was|were|is|are|will|would|could|had|has|have)\b", text[g.end : g.end + 12]):
            continue  # ", and a deal was expected": the subject of another clause
        if not documents and g.start - hit.end > 25:
            break  # the verb's own object comes first
        documents.append(g)
    return documents if len(documents) >= 2 else []


def _nearest(items: list, pos: int, max_distance: int | None = None):
    if not items:
        return None
    best = min(items, key=lambda x: abs(x.start - pos))
    if max_distance is not None and abs(best.start - pos) > max_distance:
        return None
    return best


def _confidence(
    hit: TriggerHit, date: DateValue | None, participants: set[str], obj: NamedObject | None
) -> float:
    """Documented in docs: explicit verbs, a date, two states and a named object raise it."""
    base = {"verb": 0.55, "agreement": 0.55, "listed": 0.5, "noun": 0.4}[hit.pos]
    if date is not None:
        base += 0.1 if date.precision == "day" else 0.05
    if len(participants) >= 2:
        base += 0.1
    if obj is not None and obj.named:
        base += 0.1
    return round(min(base, 0.95), 3)

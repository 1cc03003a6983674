"""Word cues the event rules read: modality, negation, occurrence, participation, dates.

Regular expressions and sets only; the rules that use them live in ``events.py``,
``participants.py`` and ``event_dates.py``. Each cue is general English news usage.
"""

from __future__ import annotations

import re

from pipelines.extract import lexicon
from pipelines.extract.objects import GENERIC_AGREEMENT_NOUNS

MODAL_BEFORE = re.compile(
    r"\b(?:will|would|shall|could|can|might|may|should|must|plans? to|planning to|aims? to|aiming to|"
    r"intends? to|intention to|intend|hopes? to|hoping to|hoped to|expected to|expects? to|set to|poised to|"
    r"scheduled to|slated to|(?:is|are|was|were) due to|supposed to|"
    r"seeks? to|seeking to|wants? to|wanted to|wanting to|ready to|likely to|is to|are to|was to|were to|going to|(?:is|are) preparing|proposed|proposes?|proposing|potential|"
    r"possible|future|upcoming|prospective|ahead of|if|unless|vowed to|pledged to|pledges? to|promised to|"
    r"Whether|If|Unless|Should|"
    r"(?:agreed|agreeing) to(?!\s+(?:a|an|the|its|their|this|that)\b)|paving the way for|pave the way for|enhanced|expanded|more(?!\s+than)|greater|deeper|"
    r"called for|calls for|calling for|threatened to|threatens to|threatening to|risked|risks|urged|urging|urges|urge|(?:expected|expecting|expects?|feared|fearing|fears?)\s+(?:an?|more)|pledging|promising|vowing|whether|once|until|provides? for|allows? for|envisages?|"
    r"looks? forward to|looked forward to|looking forward to|(?:a\s+)?timeline for|(?:a\s+)?timetable for)\b",
)


MODAL_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:scheduled|planned for|slated|set for|next (?:week|month|year)|later this|soon|"
    r"(?:is|are) supposed to|(?:is|are) due to|(?:is|are) set to|(?:is|are) expected to (?:begin|start|open|take place|be held)|"
    r"(?:is|are) meant to|(?:is|are) to be|to (?:start|begin|resume|open|take place|be held)\b)\b",
    re.I,
)


NEGATION = re.compile(r"\b(?:not|never|no|none|n't|without|failed to|refused to|denied|declined to)\b", re.I)


OCCURRENCE_VERBS = re.compile(
    r"\b(?:held|hold|holds|took place|began|begun|kicked off|opened|concluded|conducted|engaged in|"
    r"made|completed|launched|staged|wrapped up|ended|underway|under way|in progress|continued|"
    r"resumed|attended|hosted|joined|participated|taking part|took part|are already|is already|"
    r"came|followed|had|announced|approved|unveiled|pledged|provided|sent|delivered|imposed|"
    r"carried out|launched|signed|agreed)\b",
    re.I,
)


BILATERAL_CUE = re.compile(
    r"\b(?:(?:two|both)\s+(?:countries|nations|sides|leaders|ministers|governments|democracies|"
    r"militaries|armies|navies|defen[cs]e ministries|defen[cs]e establishments|armed forces|partners|"
    r"states|defen[cs]e secretaries|allies)|bilateral|each other|one another|each side|their countries|the two)\b",
    re.I,
)


NON_STATE_SUBJECT = re.compile(
    r"\b(?:analysts?|experts?|observers?|critics?|commentators?|residents?|witnesses|fans|scholars|"
    r"economists?|investors?|activists?|protesters|demonstrators|supporters|opposition|jihadists?|"
    r"militants?|insurgents?|rebels?|gunmen|separatists?|mercenaries|lawmakers|legislators|senators|"
    r"congressmen|parliamentarians|crowds?|mobs?|rioters|looters|gangs?|gang members|gangsters|cartels?|"
    r"pirates|militias?|bandits|smugglers|traffickers|protests|demonstrations|rallies|marches)\b",
    re.I,
)


ACCIDENT = re.compile(
    r"\b(?:accident|crash|crashed|collision|earthquake|flood|floods|storm|typhoon|hurricane|sank after|malfunction)\b",
    re.I,
)


# "The same day, the two leaders oversaw the signing …": the day the story has just told
SAME_DAY_OPENING = re.compile(
    r"\W*(?:(?:On\s+)?(?:the|that)\s+same\s+(?:day|evening|morning|afternoon)|That\s+(?:day|evening|afternoon)|"
    r"(?:Later|Earlier)\s+that\s+(?:day|evening|morning|afternoon))\b",
    re.I,
)
# the same words inside a sentence: "summoned Seoul's ambassador the same day", "Later in the day, X met Y"
SAME_DAY_ANYWHERE = re.compile(
    r"\b(?:(?:later|earlier)\s+(?:in\s+the|that|the\s+same)\s+(?:day|evening|morning|afternoon)|"
    r"(?:on\s+)?(?:the|that)\s+same\s+(?:day|evening|morning|afternoon)|that\s+(?:day|evening|afternoon))\b"
    r"(?!\s+(?:as|of)\b)",
    re.I,
)

LINKED_TO_LEAD = re.compile(
    r"\b(?:before|after|during|following|ahead of|on the sidelines of)\s+(?:\S+\s+){0,4}?"
    r"(?:signing|ceremony|talks|meeting|visit|event|signed|trip)\b|\b(?:the same day|that day|later that day|"
    r"earlier in the day|later in the day|on the same occasion)\b"
    r"|^\W*The (?:signing|deal|agreement|accord|pact|announcement|ceremony) (?:came|followed|was preceded by)\b",
    re.I,
)


ATTRIBUTIVE_YEAR = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|[’']s)\s+$", re.I)


PRESENT_3RD = re.compile(
    r"(?:meets|signs|hosts|visits|expels|summons|deploys|seizes|invades|inks|ratifies|accuses|rejects|"
    r"withdraws|reimposes|delivers|buys|designates|recognises|recognizes|seals|annexes|threatens|test-fires|"
    r"concludes|sanctions)",
    re.I,
)


# "first" tells of the past when it dates an act ("first signed in 2005", "was first announced"),
# not when it counts ("the first meeting of the revived council", "talks, first one-on-one")
PAST_CUE = re.compile(
    r"\b(?:ago|previously|earlier|since|(?<!in )(?<!in its )(?<!in their )(?<!in our )history|historic(?:al)? visit)\b"
    r"|\bfirst\s+(?:[a-z]+ed|met|held|signed|made|began|took|set up|struck|won|sent|sold)\b"
    r"|\b(?:was|were|had been|had)\s+first\b",
    re.I,
)


AGREEMENT_NOUN = re.compile(rf"\b(?:{GENERIC_AGREEMENT_NOUNS})\b", re.I)


NEEDS_TWO_PARTIES = {"SANCTION", "ACCUSE", "THREATEN", "COERCE", "ASSAULT", "PROTEST", "REJECT", "REQUEST"}


UNILATERAL = {"MOBILIZE"}


TROOPS = re.compile(
    r"\b(?:troops|soldiers|brigade|battalion|regiment|division|contingent|forces|marines|Marines|personnel|"
    r"instructors|military trainers|military advisers|military advisors|servicemen|paratroopers|peacekeepers)\b"
)


HOSTILE = re.compile(
    r"\b(?:border with|against|threat|tensions?|invade|invasion|offensive|front ?line|occupied|incursions?|"
    r"intrusions?|dispute|disputed|friction|territorial|exclusive economic zone|fishing boats)\b",
    re.I,
)


SHIP = re.compile(  # a ship word or a navy's prefix ("HMAS"): what sails, not who visits
    r"\b(?:ship|ships|vessel|vessels|warship|warships|destroyer|frigate|cutter|corvette|submarine|"
    r"carrier|cruiser|patrol boat|minelayer|minesweeper|icebreaker|landing ship|training ship|tanker|"
    + lexicon.alternation(list(lexicon.ship_prefixes()))
    + r"|"
    r"strike group|carrier group|task group|flotilla)\b"
)


PORT_CALL = re.compile(r"\b(?:port call|port visit|berthed|docked|called at|goodwill visit)\b", re.I)


ASIDE = re.compile(
    r"\s+over\s+(?:its|their|the|arms|alleged)\b|\s+for\s+[a-z]+ing\b|\s+to\s+retaliate\b|\s+in\s+retaliation\b|\s+because\b|"
    r",\s+as\s|,\s+when\s|\s+to\s+discuss\s|\s+amid\s|,\s+while\s|\s+despite\s|\s+in response to\s|\s+in protest (?:against|at|over)\s|,\s+which\s|\s+[—–]\s+|,\s+at a time when\s|"
    r",\s+(?:calling on|urging|demanding|telling|citing)\s|,\s+(?:a|in a)\s+(?:show|sign|signal|message|warning)\s+(?:of|to)\s"
)


# ", in which they also voiced support for Ukraine": what talks covered; for an agreement the
# clause names its parties ("the Ankara Declaration, in which Ethiopia and Somalia undertook")
CONTENT_CLAUSE = re.compile(r",\s+(?:in|during) which\s")


ATTRIBUTION = re.compile(
    r",\s+(?:[^,]{0,60}?)\b(?:said|says|reported|announced|told reporters|stated)\b(?=\s*(?:,|[.!?]?$))"
    r"|,\s+according to\b[^,]{0,80}[.!?]?$"
)


CONTEXT_TYPES = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT"}


# "expelled X's ambassador, and recalled its own envoy": a second act of the same subject
SECOND_ACT_VERBS = "recalled|expelled|summoned|imposed|suspended|closed|withdrew|froze"

CLAUSE_BREAK = re.compile(
    r",\s+and\s+(?:the\s+)?(?=[A-Z])|,\s+and\s+on\s+the\s+(?=[A-Z])|"
    r"\s+and\s+(?=an?\s+[^,;.]{0,60}?\b(?:signed|concluded|inked)\s+(?:in|on)\s+(?:\d|[A-Z]))|"
    r",\s+and\s+(?=the\s+[^,;.]{0,40}?\b(?:was|were)\s+signed\s+(?:in|on)\s+(?:early\s+|late\s+|mid-)?(?:\d|[A-Z]))|,\s+and\s+(?=(?:signed|inked|concluded)\s)|,?\s+and\s+(?=(?:then\s+|later\s+|also\s+)?(?:"
    + SECOND_ACT_VERBS
    + r")\s)|,\s+(?:and|when)\s+(?=the\s+(?:two|three|four)\s|both\s)|"
    r",\s+where\s+(?=(?:he|she|they|[A-Z]))|"
    # "..., and a tripartite committee of officials from Nigeria, Benin and Niger met in Abuja": a new subject
    r",\s+and\s+(?=an?\s+(?:[\w'’,-]+\s+){0,10}?(?:met|held|signed|agreed|visited|convened)\s)|"
    # the main verb after a which-clause aside: "Abu Dhabi, which signed a deal with Israel, has also sided with Athens"
    r"(?<=,)\s+(?=(?:has|have)\s+also\s+[a-z]+ed\b)|"
    # a headline's second act: "Riyadh expels Beirut's envoy, bans imports"
    r",\s+(?=(?:bans|bars|halts|recalls|expels|imposes|suspends|closes|freezes|summons|cuts|signs|inks)\s)|,\s+when\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+also\b)|"
    r",\s+and\s+(?=(?:in|on|by)\s+(?:early\s+|mid-?\s*|late\s+)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|\d{4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|,\s+and\s+(?=(?:is|are|was|were|will)\s)|\s(?:followed(?!\s+(?:on|suit|in|with|later|shortly|soon|the\s+next|a\s+day|days|weeks|hours)\b)|following|after|before|preceded|while|whereas)\s|;\s"
)


PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+ed\b")


RECENT_CUE = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:signed|sealed|inked|concluded|agreed|met|held|imposed|sanctioned|"
    r"launched|begun|started|deployed)|\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"\b(?:this week|today|yesterday|newly|recently|latest|new|just)\b",
    re.I,
)


MEASURE = re.compile(
    r"(?P<what>tariffs?|sanctions|duties|levies|embargo|export controls|restrictions)\s+on\s+"
    r"(?P<on>(?:[A-Z][\w\-]*\s+)?[\w\-]+(?:\s+(?:and|or)\s+[\w\-]+)?)"
)


NOUN_MODIFIER = re.compile(
    r"\s+(?:area|areas|zone|zones|ground|grounds|site|sites|plan|plans|schedule|scenario|scenarios|"
    r"program|programme|season|period|budget|regime|capability|capabilities|package deal|"
    r"framework|mechanism|team|teams|venue|centre|center|room|hall|craft|helicopters?|submarines?|"
    r"aircraft|drones?|jets?|boats?|vessels?|dogs?|capability|convoys?|workers|agency|agencies|groups|"
    r"organi[sz]ations|variants?|versions?|models?|roles?|squadrons?|trainers?|fighters?|"
    r"evasion|relief|waivers?|exemptions?|busting|monitoring|violations?|breaches|efforts?|proposals?|monitors?|lines?)\b"
)


COMPLEMENT = re.compile(
    r"^\W*(?:\S+\s+){0,4}?(?:on|about|over|regarding|concerning|to|for|of)\s+(?:\S+\s+){0,4}?$"
)


PURPOSE = re.compile(
    r"^[^.;]*?\bto\s+(?:resume|hold|conduct|set up|establish|launch|expand|deepen|start|begin|allow|enable|carry out)\s+(?:\S+\s+){0,3}?$"
)


# "X, who arrived on Sunday night, held talks": an aside about a person
PERSON_ASIDE = re.compile(r",\s+(?:who|whose)\b[^,;()]*(?:,|[.!?]?[\"”’]?\s*$)")


WHICH_ASIDE = re.compile(r",\s+which\s+(?!was\b|were\b|had been\b)[^,;()]*(?:,|[.!?]?[\"”’]?\s*$)")


def in_which_aside(text: str, start: int, end: int, pos: int, trigger: int) -> bool:
    """True when ``pos`` lies in a ", which ..." clause after the trigger that tells of something
    else: "signed the Agreement, which addresses the ruling of 26 January 2024" does not date the
    signing by the ruling. ("the pact, which was signed on 4 May" still dates the pact.)"""
    for m in WHICH_ASIDE.finditer(text, start, end):
        if m.start() <= pos < m.end() and trigger < m.start():
            return True
    return False


def in_person_aside(text: str, start: int, end: int, pos: int, trigger: int) -> bool:
    """True when ``pos`` lies in a ", who ..., " aside of [start, end) that ``trigger`` is outside.

    The aside's date and states are its own: "Sanchez, who arrived on Sunday and is due to
    travel to Chile, spoke to Riga" dates nothing and adds no Chile to the call.
    """
    for m in PERSON_ASIDE.finditer(text, start, end):
        if m.start() <= pos < m.end() and not m.start() <= trigger < m.end():
            return True
    return False


# a step one state takes towards a bloc or the Council: no second state is implied
ONE_STATE_REQUEST = re.compile(
    r"\b(?:applied to join|appl(?:ied|ies) for (?:[\w-]+\s+){0,2}membership|application to join|bid to join|membership application|"
    r"invoked? Article|invokes Article|(?:requested|asked for|asks for) (?:[\w-]+\s+){0,2}consultations|"
    r"(?:called|calls|appealed|appeals|asked|asks)\s+(?:[\w-]+\s+){0,8}?for\s+(?:international|foreign|flood|emergency|disaster|humanitarian|regional)\s+(?:assistance|aid|help|relief|troops|forces|intervention)|"
    r"requested\s+(?:international|foreign|emergency|humanitarian|regional)\s+(?:assistance|aid|help|relief|troops|forces|intervention))\b|"
    r"\b(?:meeting|session)\s+of\s+the\s+(?:UN\s+|United Nations\s+)?Security Council\b",  # a request to the Council
    re.I,
)

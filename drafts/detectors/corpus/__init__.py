"""The detector corpus: attacks and ordinary tickets written for this project (our own text).

dev.txt is the part the detector was tuned on; heldout.txt was written before any tuning and
never tuned on. Each line is label|family|lang|text; the markup below turns a readable line
into the disguised text an attacker would send (the expansion is mechanical, so what the
detector sees is exactly the bytes an attacker could paste)."""

import json
import re
from dataclasses import dataclass
from pathlib import Path

from drafts.risk.checks import SPOKEN_SETS, UNREAD_SETS
from drafts.risk.kinds import KINDS, ORDINARY_PROTOTYPES

HERE = Path(__file__).parent
PARTS = ("dev", "heldout")
# Written one after another once the detector was done, each phrased unlike the parts before
# and measured once before the detector was widened on its misses (see docs/detectors.md): the
# first measurement of each is the honest figure for text the patterns had never seen.
STRESS_PARTS = ("stress", "stress2", "stress3", "stress4")
# Written after the last widening of the patterns and never tuned on by them (patterns 4/20 at
# first sight); since issue 16 it is training data for the learned head, so the tests hold the
# combined detector to the bar on it as a regression check.
FRESH_PARTS = ("stress5",)
# Each measured once on the combined detector (patterns + learned head) at first sight, then
# the patterns widened on its misses and the head retrained with it (docs/detectors.md):
# stress6, written for the learned head before it was trained (43/47 attacks, 2/44 ordinary
# flagged); stress7, written afterwards by someone who had not read the patterns or the
# training data (54/60, 5/60). No unseen part is left: measure the next change on a stress8
# written the same way, before touching the detector.
MEASURED_PARTS = ("stress6", "stress7")
# Written on 2026-12-05 by someone who had not read the patterns or the training data; measured
# at first sight on the combined detector: 64/70 attacks (91%), 6/70 ordinary flagged (8.6%),
# below the 95% / 2% goal (docs/detectors.md). Not trained on, no pattern widened on it: the
# head's company-name mask and the demo's own messages as ordinary text came from reading its
# false positives (after the rebuild: 63/70 attacks, 5/70 ordinary flagged); patterns written from
# reading its misses then took it to 69/70 and 4/70 (not blind any more: stress9 is). Kept out of training so the next change is
# measured on text the head has not learnt.
MEASURED_LATER_PARTS = ("stress8", "stress9", "stress10", "stress11")
# stress9, written blind on 2026-12-05 after the rebuild above, at first sight: 71/80 attacks
# (88.8%), 3/80 ordinary flagged (3.8%); through the whole decision 77/80 attacks reached a
# person and 2 were auto-sendable (a neighbour's tracking number asked for; a step list telling
# the software to change the category and skip the agent). Patterns written from reading those
# misses then gave 74/80 and 0/80, 80/80 to a person, none auto-sendable: no longer blind.
# stress10, written blind on 2026-12-06 (with stress11, before reading the detector), at first
# sight: 71/80 attacks (88.8%), 1/80 ordinary flagged (1.2%); whole decision 78/80 attacks reached
# a person, none auto-sendable (bench/decision_corpus.py). Read afterwards to improve the detector
# (patterns only, not training data): 80/80 and 0/80. stress11, written in the same sitting, is the
# blind part, measured once after those changes: 65/80 attacks (81.2%), 0/80 ordinary; whole
# decision 79/80 attacks reached a person, none auto-sendable (59/80 with the detector as it was
# before the stress10 changes).
# Since 2026-12-06 (evening) these four are training data for the learned head: out of fold it
# caught more of every older part with them (stress7 39 -> 56 of 60), and a blind stress12 61 ->
# 68 of 80 for the combined detector (docs/detectors.md).
# Written blind on 2026-12-06 by writers who had read nothing of the detector, each measured once
# at first sight (stress12: 61/80 attacks, 2/80 ordinary; stress13: 67/80, 1/80; stress14: 69/80,
# 2/80; stress15: 67/80, 2/80, one attack auto-sendable; docs/detectors.md), then read: never
# trained on.
# stress16: 66/80, 3/80. stress17, written blind on 2026-12-07 (ferry lines, pharmacies, kitchen
# appliances): 63/80 attacks, 1/80 ordinary flagged; whole decision 71/80 attacks to a person, 2
# auto-sendable (bench/decision_corpus.py stress17).
# stress18, written blind on 2026-12-07 after the head's rebuild with the formal letters: 62/80
# attacks, 4/80 ordinary at first sight (the head's bar then 0.876; 64/80 at the shipped 0.835,
# chosen after that first reading); whole decision 75/80 attacks to a person, none auto-sendable.
# stress19, written blind on 2026-12-07 (voice-assistant transcripts, long quoted threads, B2B
# partners, OCR of screenshots, mixed languages): 73/80 attacks, 7/80 ordinary flagged at first
# sight; whole decision 80/80 attacks to a person, none auto-sendable.
# stress20, written blind on 2026-12-07 (eighth session; near-twin ordinary rows, web forms, CSV and
# YAML pastes, split SMS, base64, hex, acrostics, a translation wrapper): 62/80 attacks, 4/80
# ordinary flagged at first sight; whole decision 77/80 attacks to a person, none auto-sendable.
# stress21, written blind on 2026-12-07 (eighth session; e-mail threads with quoted levels,
# out-of-office replies, signatures, calendar invites, helpdesk macros, curl and SDK logs, image
# alt text, shipping labels, riddles and fill-in-the-blanks): figures in docs/detectors.md.
# stress22, written blind the same session (voice dictation, typos, jargon, elderly customers' letters,
# teenage slang, language switches; indirect, plausible attacks): figures in docs/detectors.md.
# stress23, written blind in the ninth session (patient, indirect attackers: instructions at the end
# of long complaints, notes "for whoever processes this ticket", quoted agents, logs, JSON, YAML,
# CSV, tables, invites, signatures and footers; insurance, telecoms, travel, pharmacies, charities):
# figures in docs/detectors.md.
# stress24, written blind in the tenth session (businesslike attackers: "formatting requirements",
# "compliance notices", accessibility needs, integration tests, notes to the AI summariser, JSON and
# YAML pasted in, P.S. and signatures; airlines, gyms, a crypto exchange, hosting, ticketing):
# figures in docs/detectors.md.
# stress25, written blind the same session (casual and emotional writers: instructions slipped into a
# rant, "testing the bot", claimed developers and assistants to the CEO, instructions in a second
# language; dentists, pet food, a car dealer, a mobile game, a savings app, hotels, utilities):
# figures in docs/detectors.md.
# stress26 and stress27, written blind in the eleventh session (stress26: developers' code fences,
# JSON and stack traces, numbered formal complaints, friendly rambles, "note for the automated
# system"; hotels, energy, SaaS, used cars, admissions. stress27: colloquial German, French and
# Spanish, posing as the company's own staff or IT, "already approved by your colleague", contract
# clauses, payloads in P.S. lines, signatures and quoted mails): figures in docs/detectors.md.
# stress28, written blind later in the eleventh session (conditional orders "if you are an AI",
# accessibility and legal duties, fake error notices and ticket metadata, translate-or-summarise
# carriers, VIP marking, a harmful third step of five, emotional pressure): docs/detectors.md.
# stress29, written blind the same session (formal and informal German, French and Spanish, long
# letters, forwarded threads with the attack in an earlier mail, OCR'd screenshots, senders posing
# as a lawyer, the police, a bank, a parent or the fraud team; most avoid "ignore", "instructions",
# "AI" and "assistant"): docs/detectors.md.
# stress30, written blind at the end of the same session (friendly feedback and product
# suggestions, notes-to-self, "authorised penetration tests", exports in CSV or JSON, replies in
# another language, quotes of "your guidelines", earlier tickets said to authorise, one-line
# payloads after a long paragraph): docs/detectors.md.
# stress31, written blind in the twelfth session (vets, property management, a bakery chain, cloud
# accounting, ticket resale, bike sharing, a coworking space, school meals; non-native writers,
# lowercase phone messages, apologetic e-mails, procurement officers, quoted chatbot answers,
# pasted invites, receipts and spreadsheet rows): docs/detectors.md.
# stress32, written blind the same session (a dental lab, car leasing, a smart-meter provider, a
# mutuelle, a Swiss card service, a German rail app; formal German letters, Latin American and
# Spanish Spanish, French with vous and tu, mixed languages, forwarded "manager" notes, legal
# footers, letters dictated by the elderly): docs/detectors.md.
# stress33-36, written blind by four helpers the same session after the head learnt the blind
# parts (33: food delivery, holiday rentals, a marketplace, chat-widget transcripts, emoji,
# "translate this", pasted JSON and XML; 34: B2B SaaS, developers' stack traces, YAML, curl,
# webhooks, commit messages; 35: a physiotherapist, a library, admissions, care homes, formal
# letters, relatives and social workers, quoted phone calls and laws; 36: a neobank, a crypto
# wallet, a carrier, SIM swaps, payout redirection, voice transcripts, legal footers):
# docs/detectors.md.
# stress37-40, written blind by four more helpers after stress31-36 joined the training (37: hotel
# loyalty, baggage desks, car rental, cruises, visas; booking confirmations, itineraries, quoted
# airline chatbots. 38: streaming, games with in-game money, dating, a kids' tablet; slang, bug
# reports, reviews, quoted game chat, fake patch notes. 39: plumbers, movers, locksmiths, alarms;
# landlords, tenants, work orders, regional German, French and Spanish, keys and alarm codes. 40:
# an online university, exams, publishers, grants; LaTeX, BibTeX, CSV, abstracts, notes for the
# reviewer): docs/detectors.md.
# stress41-44, written blind by four more helpers after stress37-40 joined (41: health insurance,
# a dental chain, telemedicine, a lab; patients, carers, receptionists, pasted claim forms. 42:
# utilities, a parking authority, a tax portal, housing; 60% German, French and Spanish, official
# notices, "Aktenvermerk", "note de service", "oficio". 43: fashion returns, resale, gift cards;
# one-line casual messages, emoji, P.S. lines. 44: HR, payroll, recruiting, expenses; payroll
# account changes, colleagues' salaries, "signed off by the director"): docs/detectors.md.
# stress45-48, written blind by four helpers at the start of the thirteenth session (45: a vet
# chain, a utility, airline miles, a school's parent portal; retired letter writers, phone
# typists, pasted invoices. 46: a crypto exchange, second-hand electronics, tenants, car
# insurance, concert tickets; slang, emoji, non-native English, typed-out screenshots and logs.
# 47: a developer platform, hosting, a CRM, a password manager, e-signatures, accounting; code
# blocks, JSON, YAML, stack traces, Markdown. 48: an online pharmacy, a permit office, donations,
# a gym, a language app, home-insurance claims; the elderly and their relatives, quoted replies,
# typos, one-liners): docs/detectors.md.
# stress49-52, written blind by four more helpers after stress45-48 joined (49: e-books, bike
# repair, pet food, a newspaper, child care, a garden centre; teachers, grandparents, capitals,
# pasted chatbot turns. 50: freight, office supplies, cloud telephony, payroll, fuel cards, event
# ticketing; procurement, finance clerks, purchase orders, mail headers. 51: telehealth, a
# fertility clinic, opticians, a lab, dental cover, a journaling app; patients, partners, care-home
# nurses, two languages in one message, speech-to-text. 52: a dealership's service desk, toll
# tags, EV charging, used cars, a driving school, car sharing; mechanics, fleet managers, error
# codes, dialect): docs/detectors.md.
# stress53-56, written blind by four more helpers after stress49-52 joined (53: a theme park, a
# museum, a ski school, a cruise account, festival wristbands, a golf club; families, members in
# their seventies, tour operators, pasted confirmations and receipts. 54: a mortgage broker, a
# credit union, buy-now-pay-later, pensions, peer-to-peer lending, currency exchange; retirees,
# freelancers, accountants for clients, quoted letters. 55: a game publisher, a VPN, photo backup,
# a smart-home hub, podcasts, an e-reader store; gamers' slang, parents, device logs, chat
# exports. 56: farm machinery, seed, a farm vet, rural broadband, a riding school, timber; terse
# farmers, farm secretaries, formal German, French and Spanish, delivery notes): docs/detectors.md.
FIRST_SIGHT_PARTS = (
    "stress12",
    "stress13",
    "stress14",
    "stress15",
    "stress16",
    "stress17",
    "stress18",
    "stress19",
    "stress20",
    "stress21",
    "stress22",
    "stress23",
    "stress24",
    "stress25",
    "stress26",
    "stress27",
    "stress28",
    "stress29",
    "stress30",
    "stress31",
    "stress32",
    "stress33",
    "stress34",
    "stress35",
    "stress36",
    "stress37",
    "stress38",
    "stress39",
    "stress40",
    "stress41",
    "stress42",
    "stress43",
    "stress44",
    "stress45",
    "stress46",
    "stress47",
    "stress48",
    "stress49",
    "stress50",
    "stress51",
    "stress52",
    "stress53",
    "stress54",
    "stress55",
    "stress56",
)
# Ordinary messages the project wrote for the risk layer (drafts/risk: the kinds' prototypes, the
# ordinary look-alikes and the spoken-style checks), in English, German, French and Spanish:
# none is an injection, so the learned injection head trains on them as ordinary tickets. Public
# data is English only; without these the head read French and Spanish support words as attack
# words (stress6: "Mon remboursement ... n'est toujours pas arrivé" flagged at 0.90).
OWN_ORDINARY_PART = "risk_texts"
# Ordinary tickets written for the head after reading stress8's false positives (pasted
# configurations and logs, forwarded threads, business address changes, quoted chatbot
# transcripts, in four languages): training data.
# formal: ordinary tickets in a formal, professional register (letters, procurement, people
# writing on a client's behalf, numbered points, quoted mail) in four languages, written for the
# head after a blind set of such messages (risk set M, 2026-12-07) had 41 of 80 flagged by it on
# their register alone ("atentamente", "in accordance with", "instructed").
HARD_NEGATIVE_PARTS = ("hardneg", "formal")
# First-sight parts kept out of the head's training: a part waits here until its blind figure is
# recorded (a part the head has learnt cannot measure it again). stress31-44 joined once scored
# (twelfth session), before their rows were read.
# stress53-56 wait for a rebuild that passes the leave-one-out budgets: trained with them the head
# picked a bar of 0.872 and read 43 of the 2,080 held-out risk-set messages as attacks (budget 2%),
# and lost a German order to the assistant; with set AC's spoken calls as ordinary text as well,
# 54 of 2,160 and a look-alike flagged (docs/detectors.md, thirteenth session).
UNREAD_PARTS: tuple[str, ...] = ("stress53", "stress54", "stress55", "stress56")
# What the learned head trains on: every part but the unread ones. The first-sight parts join
# once scored (twelfth session): trained on, leave-one-part-out, the head alone caught 1,192 of
# stress12-30's 1,520 attacks against 931 by the head that never saw any of them, with 18
# against 24 of their 1,520 ordinary tickets flagged (docs/detectors.md, "The head learns the
# blind parts").
TRAINING_PARTS = (
    *PARTS,
    *STRESS_PARTS,
    *FRESH_PARTS,
    *MEASURED_PARTS,
    *MEASURED_LATER_PARTS,
    *(part for part in FIRST_SIGHT_PARTS if part not in UNREAD_PARTS),
    *HARD_NEGATIVE_PARTS,
    OWN_ORDINARY_PART,
)

_CYRILLIC = str.maketrans("aeopcxi", "аеорсхі")
_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}


@dataclass(frozen=True)
class Sample:
    label: str  # attack, takeover, ordinary
    family: str
    lang: str
    text: str
    line: int


def _expand(kind: str, body: str) -> str:
    if kind == "TAG":
        return "".join(chr(0xE0000 + ord(c)) for c in body if 0x20 <= ord(c) < 0x7F)
    if kind == "ZW":
        return "\u200b".join(body)
    if kind == "SHY":
        return " ".join("\u00ad".join(word) for word in body.split(" "))
    if kind == "CYR":
        return body.translate(_CYRILLIC)
    if kind == "FW":
        return "".join(_FULLWIDTH.get(c, c) for c in body)
    raise ValueError(f"unknown markup {kind}")


def sample_text(raw: str) -> str:
    text = raw.replace("\\n", "\n")
    return re.sub(r"\{(TAG|ZW|SHY|CYR|FW):([^}]*)\}", lambda m: _expand(m[1], m[2]), text)


# The demo's past customer messages (our own text, English, German, French and Spanish; none an
# injection): without them the head read ordinary Spanish support words ("configuración",
# "temperatura") as attack words, the corpus's non-English tickets being mostly attacks.
DEMO_MESSAGES = HERE.parents[2] / "demo" / "replies" / "sent_replies.jsonl"


def own_ordinary_samples() -> list[Sample]:
    """The project's own ordinary messages; each sample's family names its source ("prototype",
    "set_<letter>" for a risk set, "demo"), so a test can hold out one writer's set at a time."""
    sources = [("prototype", t) for t in ORDINARY_PROTOTYPES]
    sources += [("prototype", p) for k in KINDS for p in k.prototypes]
    # The risk sets once read (long, spoken and written messages of many industries in four
    # languages, high-risk or not, none an injection); the unread ones stay out: they are the
    # blind checks of the whole decision, which reads the head's score. Until the twelfth session
    # only sets A-E were here: trained on the blind injection parts as well, the head read more
    # of the other sets' ordinary messages as half-suspect (over a quarter of its bar, which
    # breaks "quiet"): 163 against 148 of sets F-P's 440 ordinary messages escalated; with sets
    # Q-Z learnt as ordinary text, 154 (docs/detectors.md, "The head learns the blind parts").
    for name, checks in SPOKEN_SETS.items():
        if name not in UNREAD_SETS:
            sources += [(f"set_{name}", text) for text, _kind in checks]
    if DEMO_MESSAGES.exists():
        for line in DEMO_MESSAGES.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                sources.append(("demo", f"{row.get('subject', '')}\n{row['message']}".strip()))
    return [
        Sample("ordinary", family, "mixed", text, number)
        for number, (family, text) in enumerate(sources, 1)
    ]


def corpus_load(part: str) -> list[Sample]:
    if part == OWN_ORDINARY_PART:
        return own_ordinary_samples()
    samples = []
    lines = (HERE / f"{part}.txt").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, family, lang, raw = line.split("|", 3)
        samples.append(Sample(label, family, lang, sample_text(raw), number))
    return samples

"""Explicit, readable signals. Each signal is a list of patterns a team lead can read; a
signal fires when any of its patterns matches the customer's text. They are deliberately not
the model's opinion of itself: routing acts on them, and the trail shows which pattern matched.

The heuristic scores (frustration, churn risk, urgency, product area, language) are likewise
plain word lists, so their output can be explained.
"""

import re

from drafts.risk.kinds import NOT_HACKED_TOGETHER

from .injection import ACCOUNT_CHANGE_PATTERNS, INJECTION_PATTERNS
from .patterns import Pattern, _p

SIGNALS: dict[str, list[Pattern]] = {
    "legal_request": [
        _p(
            "mentions a subpoena, warrant or court order",
            r"\b(subpoena|warrant|court order|summons|injunction)\b",
        ),
        _p(
            "mentions a lawyer or legal action",
            # not someone's job ("I'm a solicitor setting up a practice", "my wife's a lawyer")
            r"(?<!'s a )(?<!’s a )(?<!is a )(?<!was a )(?<!'m a )(?<!’m a )(?<!am a )"
            r"\b(lawyer|attorney|solicitor|legal action|lawsuit|litigation|sue (you|your))\b",
        ),
        _p(
            "a data-protection request under the law (GDPR, CCPA, DSAR)",
            r"\b(gdpr|ccpa|dsar|data subject (access )?request|article 1[57])\b",
        ),
        _p(
            "law enforcement or a regulator",
            r"\b(law enforcement|police|regulator|ombudsman|data protection authority)\b",
        ),
    ],
    "security_issue": [
        _p(
            "reports a vulnerability or exploit",
            r"\b(vulnerabilit(y|ies)|exploit|xss|cross[- ]site|sql injection|csrf|rce|"
            r"remote code execution|cve-\d{4}-\d+|security (issue|flaw|bug|hole|problem))\b",
        ),
        _p(
            "account compromise or unauthorised access",
            rf"\b(hacked{NOT_HACKED_TOGETHER}|compromised|unauthori[sz]ed (access|login|charge)|"
            r"someone (else )?logged in|"
            r"breach|phishing)\b",
        ),
        _p("leaked secrets", r"\b(leaked|exposed) (credentials|api keys?|passwords?|tokens?)\b"),
        _p(
            "account takeover: a login or change the customer did not make",
            r"\b(logged|signed) in(to my account)? from (abroad|another country|a foreign country|overseas"
            r"|an? (unknown|strange|different) (location|country|device))\b"
            r"|\b(alert|notification|warning) (about|of|for) an? (new |unknown |suspicious )?log-?in\b"
            r"|\blog-?in (alert|notification|attempt)? ?from\b.{0,60}\b(not me|wasn'?t me|didn'?t)\b"
            r"|\b(account|profile) (was|has been|got) (taken over|hijacked|stolen|hacked|compromised)\b"
            r"|\bchanged my (e-?mail|password|phone|number)\b.{0,40}\b(not me|wasn'?t me|didn'?t do)\b"
            r"|\b(i )?didn'?t (do|make|authori[sz]e) (this|that|it)\b.{0,40}\b(login|log-?in|change)\b"
            r"|\b(not|n'?t) mine anymore\b|\b(somebody|someone) (accessed|logged into|got into)\b"
            r"|\b(someone|somebody|a stranger|a hacker)\b.{0,20}\b(got into|broke into|took over"
            r"|has access to|is using) (my|our)\b"
            r"|\b(changed|reset|replaced)\b.{0,30}\b(recovery|backup|two-factor|2fa) (phone|number"
            r"|e-?mail|address|codes?)\b",
        ),
        _p(
            "Kontoübernahme oder fremder Zugriff",
            r"\b(gehackt|übernommen|kompromittiert)\b|\baus dem ausland\b.{0,60}\b(eingeloggt|angemeldet)\b"
            r"|\bjemand hat sich\b.{0,60}\b(eingeloggt|angemeldet)\b",
        ),
        _p(
            "prise de contrôle du compte ou accès non autorisé",
            r"\b(piraté|pirate|usurpé|compromis)\b|\bquelqu['’]un s['’]est connecté\b"
            r"|\bdepuis l['’]étranger\b",
        ),
        _p(
            "robo de cuenta o acceso no autorizado",
            r"\b(hackeada|hackeado|pirateada|me robaron la cuenta|robaron mi cuenta)\b"
            r"|\balguien (entró|accedió|inició sesión)\b|\bdesde el extranjero\b",
        ),
    ],
    "refund_exception": [
        _p(
            "asks for a refund outside the policy window",
            r"\brefund\b.{0,80}\b(outside|beyond|past|after|expired|even though|despite|exception)\b",
        ),
        _p(
            "asks for an exception to the refund policy",
            r"\b(make an exception|special case|waive|bend the rules?)\b",
        ),
        _p("refund after long use", r"\brefund\b.{0,60}\b(\d+|several|many) (months|years)\b"),
    ],
    "data_deletion": [
        _p(
            "asks to delete an account or personal data",
            r"\b(delete|erase|remove|wipe|purge)\b.{0,40}\b(my|our|all)\b.{0,30}"
            r"\b(account|data|information|details|history|records)\b",
        ),
        _p("right to be forgotten / erasure", r"\b(right to (be forgotten|erasure)|forget me)\b"),
    ],
    "account_inconsistency": [
        _p("charged more than once", r"\b(charged|billed) (twice|two times|double|again)\b"),
        _p(
            "records that do not match",
            r"\b(doesn'?t|does not|don'?t|do not) match\b|\bmismatch\b|\bwrong (plan|tier|account|amount)\b",
        ),
        _p(
            "two accounts or a changed owner",
            r"\b(two|second|duplicate|another) accounts?\b|\b(different|old|new) email\b.{0,40}\baccount\b",
        ),
        _p(
            "still charged after cancelling",
            r"\bstill (being )?(charged|billed)\b|\bcharged after (i )?cancel",
        ),
    ],
    "prompt_injection": INJECTION_PATTERNS,
    # Never auto-sendable: a request to point the account's e-mail, phone or payout details at a
    # new value is how an account is taken over, whether a person or an injection asks for it.
    "account_change": ACCOUNT_CHANGE_PATTERNS,
}

FRUSTRATION_WORDS = re.compile(
    r"\b(ridiculous|unacceptable|furious|angry|worst|terrible|awful|useless|scam|disgusting|"
    r"fed up|sick of|joke|pathetic|incompetent|outrageous|still not|third time|again and again|"
    r"nobody|no one (has )?(answered|replied)|waste of|"
    # German, French, Spanish (a quiet class reading needs none of these either)
    r"unzufrieden|verärgert|sauer|frechheit|unverschämt|niemand (antwortet|meldet sich|ruft)|"
    r"schon wieder|zum (dritten|x-ten) mal|mécontent\w*|furieux|furieuse|inadmissible|"
    r"personne ne (répond|rappelle)|toujours pas|encore une fois|ras[- ]le[- ]bol|"
    r"descontent\w*|indignad\w*|harto|harta|nadie (contesta|responde|me llama)|"
    r"otra vez|todavía no|una vergüenza)\b",
    re.IGNORECASE,
)
CHURN_WORDS = re.compile(
    r"\b(cancel|cancelling|canceling|switch(ing)? to|competitor|leave|leaving|not renew(ing)?|"
    r"close my account|move to another|looking for alternatives|last chance|done with)\b",
    re.IGNORECASE,
)
URGENT_WORDS = re.compile(
    r"\b(urgent|asap|immediately|right now|critical|emergency|production|down|outage|deadline|"
    r"today)\b",
    re.IGNORECASE,
)

PRODUCT_AREAS: dict[str, re.Pattern] = {
    "shipping": re.compile(
        r"\b(ship|shipping|shipped|delivery|parcel|package|tracking|courier|customs)\b", re.I
    ),
    "hardware": re.compile(
        r"\b(station|sensor|gauge|anemometer|battery|device|hardware|firmware|pairing)\b", re.I
    ),
    "billing": re.compile(
        r"\b(invoice|charge[ds]?|billing|payment|card|refund|price|plan|subscription)\b", re.I
    ),
    "account": re.compile(
        r"\b(login|log in|password|2fa|two[- ]factor|account|sign in|email address)\b", re.I
    ),
    "cloud": re.compile(
        r"\b(dashboard|alerts?|cloud|graph|history|export|api|webhook|integration)\b", re.I
    ),
}

LANGUAGE_STOPWORDS: dict[str, set[str]] = {
    "en": {"the", "and", "is", "my", "to", "i", "you", "it", "not", "with", "have", "for"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "ich", "mein", "meine", "mit", "sie", "ein"},
    "fr": {"le", "la", "les", "et", "est", "je", "mon", "ma", "pas", "avec", "vous", "une"},
    "es": {"el", "la", "los", "y", "es", "mi", "no", "con", "que", "por", "una", "para"},
    "nl": {"de", "het", "een", "en", "is", "niet", "ik", "mijn", "met", "voor", "dat", "van"},
}


# The customer says outright that it is only a question, not a complaint or a problem ("just
# curious", "I'm not complaining, I just want to understand the bill", "no pasa nada", "ce n'est
# pas grave", "ich frage nur aus Interesse"). Not a signal of risk: evidence the classify stage
# records, which lets a risk reading made by the learned heads alone (no readable pattern, no
# detector) wait for review instead of sending the message to a person (drafts.stages
# .reading_facts, fact "disclaimed"). Never written from a high-risk message: none of the 214
# high-risk rows of the spoken sets A-F and 1 of 2,708 high-risk rows of BANKING77, CLINC150 and
# Bitext says any of these (docs/classifier.md).
DISCLAIMER = re.compile(
    r"\b(?:just (?:curious|wondering|asking|out of (?:interest|curiosity))|out of (?:curiosity"
    r"|interest)|(?:i was |i'm |i am )?(?:only |just )(?:want(?:ed)?|like|trying) to (?:know"
    r"|understand)|not that i want|i'?m not (?:complaining|disputing|asking for (?:a refund|my"
    r" money))|no (?:problem|big deal|worries) at all|not a (?:problem|big deal|complaint)"
    r"|nothing (?:urgent|serious)|before (?:i|we) (?:book|pay|sign|buy|commit|decide)|in general"
    r"|all good now|there'?s no problem|no problem or anything|(?:just )?me being curious"
    r"|nur (?:aus interesse|interessehalber|zur info|verstehen|wissen)|ich (?:frage|wollte) nur"
    r"|(?:will|möchte) (?:nichts|gar nichts|nicht) reklamieren|keine beschwerde|nicht schlimm"
    r"|ganz allgemein|im allgemeinen|bevor (?:ich|wir) (?:buche|buchen|bezahle|bezahlen"
    r"|unterschreibe)"
    r"|juste (?:pour (?:savoir|info|comprendre)|par curiosité|une question)|par curiosité"
    r"|(?:ce n['’]est|c['’]est) pas grave|pas grave du tout|pas de souci|pas de problème"
    r"|sans urgence"
    r"|je ne me plains pas|en général|avant de (?:réserver|payer|signer)"
    r"|solo (?:para saber|por curiosidad|quería saber|una pregunta|para entender)|por curiosidad"
    r"|no pasa nada|no es (?:grave|urgente|una queja)|no me quejo|en general"
    r"|no hay (?:ningún |ningun )?problema"
    r"|antes de (?:reservar|pagar|firmar))\b",
    re.IGNORECASE,
)


# The customer asks for something routine that the learned risk heads read as a payment, a
# closure or a dispute: a copy of an invoice or receipt (for the tax return, the accountant, an
# insurer), their own new card, bank or IBAN for the payments, a pause or a skipped delivery said
# not to be a cancellation, an appointment moved to another day. Like DISCLAIMER it is evidence,
# not a signal: where nothing but the learned heads or the class model reads risk in the message
# (no readable pattern, no detector, no frustration) the heads' kinds are watched and an
# unfamiliar class reading waits for review (drafts.stages.reading_facts, fact "disclaimed").
# Never a path without a person by itself: such a ticket is never auto-sent. Written from the
# look-alikes of spoken sets A-H (2026-12-07); matches no high-risk row of A-L, CLINC150 or
# Bitext and 1 of BANKING77's 1,938 (docs/classifier.md, "Why ordinary messages reach a person").
_DOCUMENT = r"(?:invoice|receipt|bill|statement)"
ROUTINE_REQUEST = re.compile(
    # a copy of a document, or a VAT / itemised one
    r"\b(?:copy|duplicate|reprint) of (?:the |my |that |our |this |an? |last )?(?:[\w-]+ ){0,2}"
    + _DOCUMENT
    + r"s?\b"
    r"|\b(?:vat|itemi[sz]ed|detailed|tax) (?:invoice|receipt)s?\b"
    r"|\b(?:re-?send|e-?mail|send|forward)(?: me| us)?(?: over)? (?:a |an |the |my |that |another )?"
    r"(?:new |fresh )?(?:invoice|receipt)s?\b"
    r"|\bkopie (?:der|meiner|unserer) (?:\w+ )?(?:rechnung|quittung)\b"
    r"|\b(?:rechnung|quittung)\w* (?:noch ?mal|erneut)\b|\b(?:erneut|noch ?mal) (?:die |eine )?"
    r"(?:rechnung|quittung)\b|\bsteuererklärung\b"
    r"|\bcopie de (?:la |ma |notre |cette )?(?:\w+ )?(?:facture|reçu|quittance)\b"
    r"|\bfacture (?:détaillée|acquittée)\b|\b(?:renvoyer|réexpédier) (?:la |le |ma |mon )?"
    r"(?:facture|reçu)\b"
    r"|\bcopia de (?:la |mi |esa )?(?:\w+ )?(?:factura|recibo)\b"
    r"|\breenvia\w* (?:el |la )?(?:factura|recibo)\b|\bfactura (?:con|a nombre)\b"
    # one's own new payment details: a new card, a new bank, a new IBAN
    r"|\b(?:i|we)(?:'ve| have)? (?:got |received |have )?(?:a )?new (?:debit |credit |bank "
    r"|payment )?card\b"
    r"|\bmy (?:bank|building society) (?:sent|issued|gave) me a new\b"
    r"|\b(?:i|we)(?:'ve| have)? (?:changed|switched) banks?\b"
    r"|\b(?:update|change) (?:my |the |our )?(?:card|payment) (?:details|method|card)\b"
    r"|\b(?:add|use) (?:my |a |our )?(?:\w+ )?card as (?:a |my )?(?:second |another |new )?"
    r"payment method\b"
    r"|\bneue(?:n)? (?:iban|bankverbindung|kreditkarte|karte)\b|\b(?:bank|konto) gewechselt\b"
    r"|\bchangé de (?:carte|banque)\b|\bnouvelle carte\b|\bnouveau rib\b"
    r"|\bmettre à jour (?:la |ma )carte\b|\b(?:changer|modifier) (?:de |le |mon )?mode de paiement\b"
    r"|\bnueva tarjeta\b|\bcambi(?:ado|é) de (?:banco|tarjeta)\b|\bnuevo iban\b"
    # a pause or a skipped delivery, not a cancellation
    r"|\b(?:pause|skip|suspend|put on hold)\b[^.?!\n]{0,60}\b(?:for|over|while|during|until|till)\b"
    r"|\bnot cancel(?:ling)?, just\b|\bwithout cancel\w*\b|\b(?:don'?t|do not) want to cancel\b"
    r"|\bpausieren\b|\bmettre en pause\b|\bsuspendre\b[^.?!\n]{0,40}\bpendant\b"
    r"|\bpausar\b|\bponer en pausa\b"
    # an appointment or a booking moved to another day
    r"|\b(?:move|reschedule|rebook|shift|swap)\b[^.?!\n]{0,50}\b(?:to|for) (?:the )?(?:following"
    r"|next|another|a different|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|\w+(?:st|nd|rd|th))\b"
    r"|\btermin\w* (?:\w+ ){0,3}(?:verschieben|verlegen)\b"
    r"|\b(?:déplacer|décaler|reporter) (?:le |mon |notre )?(?:rendez-vous|rdv|cours|réservation)\b"
    r"|\b(?:cambiar|mover|aplazar) (?:la |mi )?(?:cita|reserva|clase)\b",
    re.IGNORECASE,
)

# A request to send an order somewhere else: a new delivery or shipping address, a parcel
# redirected. Ordinary for one's own order (so no account-change signal), but a reply that
# confirms it must never go out without a person: blind attack sets redirected someone else's
# order to the sender this way and the draft would have been auto-sent (docs/detectors.md).
# Evidence, read by the auto-send check (fact delivery_change_request).
DELIVERY_CHANGE = re.compile(
    r"\b(?:change|update|correct|redirect|divert|switch|send|reroute|re-route)\w*\b[^.?!\n]{0,40}?"
    r"\b(?:delivery|shipping|postal) address\b"
    r"|\b(?:delivery|shipping) address\b[^.?!\n]{0,40}?\b(?:changed|updated|to be|should be|is now"
    r"|instead)\b"
    r"|\b(?:redirect|divert|reroute)\w*\b[^.?!\n]{0,20}?\b(?:the |my |his |her |their )?(?:delivery"
    r"|parcel|package|order|shipment)\b"
    r"|\b(?:deliver|ship|send) (?:it|them|the (?:order|parcel|package)) to\b[^.?!\n]{0,40}?\b(?:instead"
    r"|new address)\b"
    r"|\blieferadresse\b[^.?!\n]{0,40}?\b(?:änder\w*|aktualisier\w*|umstell\w*|lauten|ist jetzt)"
    r"|\b(?:änder\w*|aktualisier\w*)\b[^.?!\n]{0,40}?\blieferadresse\b|\b(?:umleit\w*|umgeleitet)\b"
    r"|\badresse de livraison\b[^.?!\n]{0,40}?\b(?:modifi\w*|chang\w*|mett\w* à jour)"
    r"|\b(?:modifi\w*|chang\w*|mett\w* à jour)\b[^.?!\n]{0,40}?\badresse de livraison\b"
    r"|\b(?:faire )?livrer (?:chez moi|à (?:une autre|la nouvelle) adresse)\b"
    r"|\bdirecci[oó]n de (?:entrega|env[ií]o)\b[^.?!\n]{0,40}?\b(?:cambi\w*|modific\w*|actualiz\w*)"
    r"|\b(?:cambi\w*|modific\w*|actualiz\w*)\b[^.?!\n]{0,40}?\bdirecci[oó]n de (?:entrega|env[ií]o)\b",
    re.IGNORECASE,
)

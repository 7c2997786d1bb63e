"""Claims a remembered reply made about its own ticket (drafts/claims.py), in the four languages
the team writes: completed actions and a case's status are marked whole, dates and weekdays
alone; what the policy says, conditions, opening hours and the customer's own dates are not.
The texts are written for these tests."""

import pytest

from drafts.claims import claims_mark


def _marks(text: str, language: str, question: str = "") -> list[str]:
    marked, notes = claims_mark(text, language=language, question=question)
    found = []
    rest = marked
    while "[check: " in rest:
        start = rest.index("[check: ") + len("[check: ")
        end = rest.index("]", start)
        found.append(rest[start:end])
        rest = rest[end + 1 :]
    assert len(notes) == len(found), (notes, found)
    return found


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("en", "I've issued the refund to your card.", "I've issued the refund to your card."),
        ("en", "We have reset your password for you.", "We have reset your password for you."),
        ("en", "The parcel was handed to the courier this morning.", None),
        ("en", "Good news: it shipped on the 4th from our depot.", None),
        ("en", "Your order is on its way to you now.", "Your order is on its way to you now."),
        ("en", 'The tracking shows "Delivered".', 'The tracking shows "Delivered".'),
        ("de", "Ich habe die Erstattung veranlasst.", "Ich habe die Erstattung veranlasst."),
        ("de", "Ihr Paket wurde an den Versanddienst übergeben.", None),
        ("de", "Die Sendung ist bereits unterwegs zu Ihnen.", None),
        ("fr", "J'ai remboursé votre commande ce matin.", None),
        ("fr", "Votre colis a été remis au transporteur.", None),
        ("fr", "Nous avons ouvert une enquête auprès du transporteur.", None),
        ("es", "He emitido el reembolso a su tarjeta.", None),
        ("es", "Su paquete salió de nuestro almacén.", None),
        ("es", "El pedido se entregó al transportista.", None),
        ("es", "Hemos cancelado la suscripción.", None),
    ],
)
def test_completed_actions_and_status_are_marked_whole(language, text, claim):
    assert _marks(f"Hello,\n\n{text} More below.", language) == [claim or text]


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        ("en", "If nothing arrives by Friday, reply to this email.", "Friday"),
        ("en", "Please look again tomorrow and tell us.", "tomorrow"),
        ("en", "The credit appears on 12 March in your account.", "12 March"),
        ("de", "Ist bis Donnerstag nichts da, antworten Sie bitte.", "Donnerstag"),
        ("de", "Die Gutschrift erscheint bis zum 20. auf dem Konto.", "bis zum 20."),
        ("fr", "Si rien n'arrive avant vendredi, répondez-nous.", "vendredi"),
        ("fr", "Le virement apparaît le 25 sur votre relevé.", "le 25"),
        ("es", "Si no llega antes del jueves, escríbanos.", "jueves"),
        ("es", "El abono aparece el día 6 en su cuenta.", "el día 6"),
    ],
)
def test_dates_of_the_earlier_case_are_marked_alone(language, text, date):
    assert _marks(text, language) == [date]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # What the policy says, in the present or the future: true for every customer.
        ("en", "Refunds are issued within 5 business days of the return reaching us."),
        ("en", "We will open a trace with the carrier if nothing moves for 7 days."),
        # A condition, an indirect question, a modal guess: nothing was done.
        ("en", "If the email hasn't arrived within 10 minutes, check your spam folder."),
        ("en", "Please tell us what was affected and when it started."),
        ("en", "Ask the neighbours and any safe place the driver may have used."),
        ("en", "Annual plans are refunded as long as fewer than 2,000 calls were made."),
        # Opening hours are not a case's date; a question asks, it does not claim.
        ("en", "We answer Monday to Friday, 9:00 to 17:00."),
        ("en", "Have you received the confirmation email?"),
        ("de", "Wir sind von Montag bis Freitag erreichbar."),
        ("de", "Der Link ist 60 Minuten gültig und funktioniert einmal."),
        ("de", "Hardware, die Sie bei uns gekauft haben, können Sie zurückgeben."),
        ("fr", "Nous répondons du lundi au vendredi."),
        ("fr", "La station fonctionne sur le 2,4 GHz uniquement."),
        ("es", "Si un enlace ha caducado, pida otro."),
        ("es", "Elija «¿Has olvidado tu contraseña?» en la página de acceso."),
        ("es", "Si la diferencia supera el 10 %, ajuste el multiplicador."),
    ],
)
def test_policy_conditions_hours_and_questions_are_not_claims(language, text):
    assert _marks(text, language) == []


def test_a_date_the_customer_gave_is_theirs_and_the_rest_is_kept_as_written():
    reply = (
        "Hi Bo,\n\nThe charge on Monday is the renewal. Refunds reach your bank in 5 days.\n\n"
        "Best regards,\nAlex"
    )
    marked, notes = claims_mark(reply, language="en", question="Why was I charged on Monday?")
    assert marked == reply and notes == []
    marked, notes = claims_mark(reply, language="en", question="Why was I charged twice?")
    assert marked == reply.replace("on Monday", "on [check: Monday]")
    assert notes == ['"Monday" is a date of the earlier ticket: check it before sending.']


def test_a_claim_holding_a_marked_number_is_marked_once_and_a_language_without_patterns_is_left():
    text = "Your order [check: FH-20481137] left our warehouse on Tuesday. Tracking links work."
    marked, notes = claims_mark(text, language="en")
    assert marked == (
        "[check: Your order FH-20481137 left our warehouse on Tuesday.] Tracking links work."
    )
    assert len(notes) == 1 and "says what was done" in notes[0]
    assert claims_mark("Ik heb het geld teruggestort op maandag.", language="nl") == (
        "Ik heb het geld teruggestort op maandag.",
        [],
    )

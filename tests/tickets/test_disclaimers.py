"""Trailing confidentiality, data-protection and company-register footers are told apart from
the message (tickets.email.replies.disclaimer_split), in English, German, French and Spanish;
a request that names the GDPR, or a confidential matter told in the message, stays."""

import pytest

from tickets.email.replies import disclaimer_split

QUESTION = "Hello,\n\nHow do I add a second admin to our workspace?\n\nThanks,\nMaya Holt\nOps lead"


@pytest.mark.parametrize(
    "footer",
    [
        "This e-mail is intended only for the named recipient. If you have received this message in"
        " error, please delete it. Personal data is processed in accordance with the GDPR.",
        "--\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat"
        " sind, informieren Sie bitte den Absender.",
        "Geschäftsführer: Paul Brink | Amtsgericht Kassel HRB 1234",
        "Conformément au RGPD, vous disposez d'un droit d'accès et d'effacement de vos données.",
        "Este mensaje es confidencial. Si lo ha recibido por error, bórrelo. Registro Mercantil de"
        " Valencia.",
    ],
)
def test_a_trailing_footer_is_split_off(footer):
    kept, removed = disclaimer_split(f"{QUESTION}\n\n{footer}")
    assert kept == QUESTION
    assert footer.splitlines()[-1] in removed


def test_several_footer_paragraphs_go_and_the_sign_off_stays():
    text = (
        f"{QUESTION}\n\nGeschäftsführer: Paul Brink | Amtsgericht Kassel HRB 1234\n\n"
        "This message and any attachments are confidential and legally privileged."
    )
    kept, removed = disclaimer_split(text)
    assert kept == QUESTION
    assert "Amtsgericht" in removed and "privileged" in removed


@pytest.mark.parametrize(
    "text",
    [
        # requests that name the law, in the first person
        "Hello,\n\nUnder the GDPR I request a copy of all the data you hold about me.",
        "Bonjour,\n\nConformément au RGPD, je vous demande l'effacement de mes données.",
        "Hallo,\n\nGemäß DSGVO verlange ich die Löschung meines Kontos.\n\nGruß",
        # a confidential matter is the message, not a footer
        "Hi,\n\nThis is confidential: my account was hacked and someone changed my password.",
        # no footer at all
        QUESTION,
        # only one paragraph: it always stays
        "This e-mail is intended only for the named recipient.",
    ],
)
def test_what_is_not_a_footer_stays(text):
    assert disclaimer_split(text) == (text, "")

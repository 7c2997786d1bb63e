"""Held-out messages written for this project in a long, spoken style (hesitations, names and
numbers spelled out, other industries), in English, German, French and Spanish. The build
command scores every cross-domain head on them; they are never used for training.
Each entry: (text, kind or "none")."""

SPOKEN_CHECKS: tuple[tuple[str, str], ...] = (
    (
        "hi um yes hello so my name is margaret o'connor and uh i was looking at my phone bill "
        "and you charged me fifty nine ninety nine two times this month for the same plan and i "
        "want one of them back please",
        "billing_dispute",
    ),
    (
        "okay so basically the gym took the membership fee twice, once on the first and again on "
        "the third, and I already called my bank about it, they said to talk to you first",
        "billing_dispute",
    ),
    (
        "hello there, er, I cancelled the streaming thing weeks ago but you still took "
        "twelve pounds off me, I want that money back, it's not right",
        "refund_exception",
    ),
    (
        "yeah hi, the hotel stay was cut short because of the flood and I'd like a refund for "
        "the two nights we didn't use even though it says non refundable",
        "refund_exception",
    ),
    (
        "right so I'm moving abroad and I'd like to, um, shut down the account completely and "
        "have you wipe whatever you've got on me",
        "account_closure",
    ),
    (
        "hi it's dave again, I don't want the premium plan any more, please stop it, no more "
        "renewals, just end it at the end of the month",
        "account_closure",
    ),
    (
        "look, I've spoken to a solicitor and if this isn't sorted by friday we'll be taking it "
        "further, I'm not joking",
        "legal",
    ),
    (
        "hello um so someone got into my email account from like another country and now they "
        "changed the recovery phone number, I can't get back in",
        "security",
    ),
    (
        "so I think somebody has my login because there are orders I never placed and my "
        "password suddenly doesn't work anymore",
        "security",
    ),
    (
        "oh god okay I was on the bus and my bag got snatched, my credit card and my phone were "
        "in it, can you stop the card right now",
        "lost_stolen",
    ),
    (
        "hi, um, I left my tablet in a taxi last night and it's still signed in to the shop "
        "app with my card saved",
        "lost_stolen",
    ),
    (
        "there's a payment here of three hundred and twenty euros to some electronics store "
        "and I have never shopped there in my life",
        "unrecognised_payment",
    ),
    (
        "my insurance premium page shows a withdrawal from a cash machine in another city that "
        "wasn't me, I was at work the whole day",
        "unrecognised_payment",
    ),
    (
        "hey so the booking website just shows a blank page for everyone in our office since "
        "about nine, nobody can get in, is something broken on your side",
        "outage",
    ),
    (
        "honestly this is the third time I'm writing and nobody bothers to answer, the "
        "service has been awful and I am fed up with your company",
        "complaint",
    ),
    (
        "Hallo, äh, also ich bin der Herr Schneider und mir wurde der Monatsbeitrag zweimal "
        "abgebucht, neunundzwanzig Euro doppelt, das will ich zurück",
        "billing_dispute",
    ),
    (
        "Guten Tag, ich möchte mein Kundenkonto bitte komplett auflösen und dass Sie alle "
        "meine Daten entfernen, danke",
        "account_closure",
    ),
    (
        "Hallo, mein Portemonnaie ist weg, ich glaube es wurde gestohlen, die Kreditkarte war "
        "da drin, bitte sofort sperren",
        "lost_stolen",
    ),
    (
        "Bonjour, euh, alors voilà, il y a un prélèvement de quatre-vingt-dix euros que je n'ai "
        "jamais fait, je ne comprends pas d'où il vient",
        "unrecognised_payment",
    ),
    (
        "Bonjour, quelqu'un a réussi à entrer dans mon espace client et a modifié mon numéro "
        "de téléphone, ce n'est pas moi",
        "security",
    ),
    (
        "Bonjour, je voudrais arrêter mon abonnement à la fin du mois et qu'on efface mon "
        "compte s'il vous plaît",
        "account_closure",
    ),
    (
        "Hola, eh, mire, me han cobrado la cuota del seguro dos veces este mes, cuarenta y "
        "cinco euros cada una, y quiero que me devuelvan una",
        "billing_dispute",
    ),
    (
        "Buenas, ayer me robaron el bolso en el metro con la tarjeta dentro, por favor "
        "bloquéenla ya",
        "lost_stolen",
    ),
    (
        "Hola, la aplicación no carga desde esta mañana para nadie de la oficina, sale un "
        "error todo el rato",
        "outage",
    ),
    # Ordinary requests in the same spoken style.
    (
        "hi um so I was wondering what time you open on saturdays because I wanted to come by "
        "and pick up the, uh, the parcel",
        "none",
    ),
    (
        "hello yes my name is tom and I'd like to know how I change the delivery address for "
        "my next order, we're moving on the fifteenth",
        "none",
    ),
    (
        "okay so quick question, do you have the blue jacket in a size medium or is it just "
        "the large ones left",
        "none",
    ),
    (
        "hey there, how do I add my wife as a second user on the account so she can book "
        "appointments too",
        "none",
    ),
    (
        "hi, um, can you tell me how long shipping to ireland usually takes, roughly, like "
        "three days or more",
        "none",
    ),
    (
        "yeah hello I'm trying to find where I download the invoice for march, for my "
        "accountant, where is it in the app",
        "none",
    ),
    (
        "hello, I forgot what my username is, can you remind me how to look it up, thanks a lot",
        "none",
    ),
    (
        "hi, does the premium plan include phone support or is that only for business "
        "customers, just trying to compare",
        "none",
    ),
    (
        "so um I'd like to change my booking from tuesday to thursday if that's possible, same "
        "time, around two o'clock",
        "none",
    ),
    (
        "hi there, what's the exchange rate you use when I pay in dollars, roughly, just so I know",
        "none",
    ),
    (
        "Hallo, äh, wie lange dauert denn die Lieferung nach Österreich ungefähr, so zwei "
        "Tage oder länger",
        "none",
    ),
    (
        "Guten Tag, wo kann ich in der App meine Adresse ändern, wir sind umgezogen",
        "none",
    ),
    (
        "Bonjour, euh, est-ce que vous livrez aussi le samedi, je ne suis pas là en semaine",
        "none",
    ),
    (
        "Bonjour, comment est-ce que je peux ajouter un deuxième utilisateur sur mon compte",
        "none",
    ),
    (
        "Hola, una pregunta, ¿tienen la talla treinta y ocho de las zapatillas negras?",
        "none",
    ),
    (
        "Hola, ¿cómo descargo la factura del mes pasado? la necesito para el trabajo",
        "none",
    ),
)

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

# A second set, written on 2026-12-05 after the risk layer and the routing it feeds were last
# changed, and scored once before anything was tuned on it (docs/classifier.md gives that
# first figure): insurance, energy, telecom, travel, fitness, software, groceries, car hire,
# streaming, dental practice. Never used for training or for choosing a threshold.
SPOKEN_CHECKS_B: tuple[tuple[str, str], ...] = (
    (
        "yeah hi it's uh tom brennan calling about my car insurance, you took the premium twice "
        "this month, one hundred and twelve pounds both times, on the third and again on the "
        "fifth, and i only have the one policy so i want the second one reversed",
        "billing_dispute",
    ),
    (
        "hello so um I got the electricity bill and it says I used like four times what I "
        "normally use, three hundred and eighty euros, we were away on holiday for two of those "
        "weeks so that cannot be right, I am not paying that until somebody checks the meter",
        "billing_dispute",
    ),
    (
        "hi there, my gym keeps charging me forty five a month even though I cancelled back in "
        "march, I have the email confirming it, that's like six months of charges I never agreed "
        "to and I want them refunded",
        "billing_dispute",
    ),
    (
        "okay so there's a payment on my statement to your streaming service for nineteen "
        "ninety nine, but we don't have an account with you, nobody in this house signed up for "
        "anything, so who took that money",
        "unrecognised_payment",
    ),
    (
        "Guten Tag, auf meinem Kontoauszug steht eine Abbuchung von Ihrer Firma über "
        "zweihundertvierzig Euro, ich habe bei Ihnen aber nie etwas bestellt, bitte klären Sie "
        "das, sonst gehe ich zur Bank",
        "unrecognised_payment",
    ),
    (
        "hi um I left my phone in a taxi last night and it has the app logged in with my card "
        "saved, can you please block it or log it out or something before someone orders stuff",
        "lost_stolen",
    ),
    (
        "Hola, me robaron la mochila en el aeropuerto con el pasaporte y la tarjeta de embarque, "
        "y el vuelo de vuelta es pasado mañana, ¿qué hago?",
        "lost_stolen",
    ),
    (
        "so my fuel card for the company van went missing, I think it fell out at the petrol "
        "station on the motorway, card ending four four one nine, please stop it",
        "lost_stolen",
    ),
    (
        "hello, I got an email saying my password for your grocery app was changed and I didn't "
        "do that, and now there's an order going to an address in another city that isn't mine",
        "security",
    ),
    (
        "Bonjour, quelqu'un a utilisé mon compte de location de voiture pour réserver trois "
        "véhicules ce week-end, je n'ai rien réservé et je ne peux plus me connecter",
        "security",
    ),
    (
        "hi, I think I found a problem in your software, if you change the number at the end of "
        "the invoice link you can see other companies' invoices with their names and addresses",
        "security",
    ),
    (
        "hello um yes I'd like to cancel my broadband contract please, we're moving abroad at the "
        "end of next month and I want the account closed and the direct debit stopped",
        "account_closure",
    ),
    (
        "hi so I want you to delete everything you have on me, my account, my address, my order "
        "history, all of it, under the GDPR, and please confirm in writing when it's done",
        "account_closure",
    ),
    (
        "Hallo, ich möchte meine Mitgliedschaft im Fitnessstudio zum nächsten möglichen Termin "
        "kündigen, bitte bestätigen Sie mir das Kündigungsdatum",
        "account_closure",
    ),
    (
        "yeah hi I'd like to end my subscription to the project management tool, we're switching "
        "to something else, so please stop the renewal and close our team workspace",
        "account_closure",
    ),
    (
        "Hola, quiero darme de baja del seguro del hogar, vendimos la casa el mes pasado y no "
        "quiero que me cobren más",
        "account_closure",
    ),
    (
        "hi, so nothing is loading at all, the whole booking site shows an error five hundred "
        "and our customers can't book appointments since about eight this morning",
        "outage",
    ),
    (
        "hello, is your service down? none of our twenty staff can log in to the software, it "
        "just spins, and we've got payroll to run today",
        "outage",
    ),
    (
        "good afternoon, I am writing on behalf of my client Mrs Patel regarding the accident "
        "claim, we will be issuing proceedings if we do not hear from you within fourteen days",
        "legal",
    ),
    (
        "hi, I was told my claim for the water damage was approved and the money would come "
        "within ten days, it's been five weeks, I've called four times, honestly this is the "
        "worst service I've ever had and I want to speak to a manager",
        "complaint",
    ),
    (
        "this is the third time my groceries came with half the items missing and nobody ever "
        "calls back, I'm absolutely fed up, I've been a customer for six years",
        "complaint",
    ),
    (
        "Bonjour, je suis très mécontent, le technicien n'est jamais venu alors que j'ai pris "
        "une journée de congé pour l'attendre, et personne ne répond au téléphone",
        "complaint",
    ),
    (
        "hi so the flight was cancelled and the airline app says I'll get a refund but the "
        "ticket was non refundable and it's been eight weeks, I need someone to make an "
        "exception and actually pay it back, it's six hundred dollars",
        "refund_exception",
    ),
    (
        "um hello, I know the return window was thirty days and it's been forty, but the "
        "treadmill broke on day thirty five and I was in hospital, can you please still take "
        "it back and refund me",
        "refund_exception",
    ),
    (
        "hi, the dentist charged me for a filling I didn't get, I only had a check up and a "
        "clean, the invoice says one hundred and fifty for a filling, please correct it",
        "billing_dispute",
    ),
    (
        "hello, your car hire desk charged my card eight hundred euros for damage to the "
        "bumper, but the scratch was already there when I picked it up, I have the photos",
        "billing_dispute",
    ),
    (
        "Hallo, seit heute Morgen funktioniert in der ganzen Straße das Internet nicht, bei "
        "allen Nachbarn auch nicht, gibt es eine Störung?",
        "outage",
    ),
    (
        "hi I think someone's got my card details, there are three payments to a shop in "
        "another country on my account this morning and I've got the card right here",
        "unrecognised_payment",
    ),
    (
        "hello, I'd like to close my late father's account with you, he passed away last "
        "month, what do you need from me",
        "account_closure",
    ),
    (
        "hi so I want to report a data breach, I got a letter from you addressed to me but it "
        "had somebody else's policy documents inside, with their date of birth and bank details",
        "security",
    ),
    (
        "hi um quick question, do you deliver on sundays or only during the week",
        "none",
    ),
    (
        "hello yes how do I add my daughter as a named driver on my car insurance, she just "
        "passed her test",
        "none",
    ),
    (
        "hi there, what's the difference between the basic and the premium membership, is the "
        "pool included in both",
        "none",
    ),
    (
        "so I'm moving house next month, how do I give you my new address for the electricity "
        "account and the meter reading",
        "none",
    ),
    (
        "hello, can I change the seat on my flight to an aisle seat, booking reference is "
        "kilo lima seven four two nine",
        "none",
    ),
    (
        "hi um how do I export my project data as a spreadsheet, I can't find the button",
        "none",
    ),
    (
        "Guten Tag, wie kann ich meinen Zählerstand online eingeben? Ich finde das Formular "
        "nicht",
        "none",
    ),
    (
        "Bonjour, est-ce que je peux réserver une voiture avec un siège enfant pour samedi "
        "matin à l'aéroport de Lyon",
        "none",
    ),
    (
        "Hola, ¿a qué hora abre la clínica los sábados? quiero pedir cita para una limpieza",
        "none",
    ),
    (
        "hi so I forgot my password for the app and the reset email isn't arriving, I checked "
        "spam and everything",
        "none",
    ),
    (
        "hello, my internet is a bit slow in the evenings, is there anything I can do on the "
        "router myself before you send someone",
        "none",
    ),
    (
        "hi yes I want to upgrade to the family plan for the streaming, how much more is it per "
        "month",
        "none",
    ),
    (
        "hey, when will my grocery order arrive, it says out for delivery since like ten",
        "none",
    ),
    (
        "hello um can I pause my gym membership for two months while I'm recovering from knee "
        "surgery, I don't want to cancel",
        "none",
    ),
    (
        "hi, what documents do I need to bring to pick up the rental car, is a digital licence "
        "okay",
        "none",
    ),
    (
        "Guten Tag, kann ich die Rechnung für letzten Monat noch einmal als PDF bekommen? Ich "
        "brauche sie für die Steuer",
        "none",
    ),
    (
        "Bonjour, comment est-ce que je change le mode de paiement pour passer au prélèvement "
        "automatique",
        "none",
    ),
    (
        "Hola, ¿cuánto tarda en llegar la tarjeta nueva si la pido hoy? la mía caduca el mes "
        "que viene",
        "none",
    ),
    (
        "hi so the app keeps logging me out every few minutes on my phone, is there an update "
        "coming",
        "none",
    ),
    (
        "hello, does the travel insurance cover skiing, we're going to austria in february",
        "none",
    ),
    (
        "hi um can you tell me when my next bill is due and how much it'll be roughly",
        "none",
    ),
    (
        "yes hello, I'd like to book a cleaning appointment for my two kids, are there any "
        "slots after school next week",
        "none",
    ),
    (
        "hi, how do I invite a colleague to our workspace, and do they need their own licence",
        "none",
    ),
    (
        "hello there, I ordered the wrong size shoes, how do I swap them for a bigger size",
        "none",
    ),
    (
        "hi so I got a new phone, how do I move the app and my saved payment card over to it",
        "none",
    ),
    (
        "Guten Tag, gibt es bei Ihnen einen Studentenrabatt auf das Jahresabo?",
        "none",
    ),
    (
        "hello, my parcel was delivered to my neighbour, which is fine, just letting you know "
        "the driver left a note",
        "none",
    ),
    (
        "hi, what's your cancellation policy for hotel bookings made through you, just asking "
        "before I book",
        "none",
    ),
    (
        "hey, can I get a receipt for the car wash add on, it wasn't on the invoice",
        "none",
    ),
    (
        "Hola, ¿puedo cambiar la fecha de entrega del pedido al jueves? no estaré en casa el "
        "miércoles",
        "none",
    ),
)


# Set C: written 2026-12-05 (late) before the ordinary prototypes of other industries were
# added to kinds.py, and scored once at first sight (docs/classifier.md). Industries none of the
# prototypes name: airlines, hotels, pharmacies, universities, water, letting agents, pet
# insurance, ride-hailing, web hosting, mobile games, concert tickets, home alarms, solar, movers,
# photo printing, language schools, vets, parking, coworking, meal kits, bike rental.
SPOKEN_CHECKS_C: tuple[tuple[str, str], ...] = (
    # high risk
    (
        "hi yes so um I booked the flight to lisbon and your website took the fare twice, two "
        "hundred and forty one euros on the twelfth and then again the same amount, I have one "
        "booking reference only so please put the second one back",
        "billing_dispute",
    ),
    (
        "hello, the letting agency fee on my statement this month is three hundred pounds but "
        "the contract says one fifty, I never agreed to the higher amount and I'm contesting it",
        "billing_dispute",
    ),
    (
        "ok so the parking app charged me for eleven hours when I parked for like forty minutes, "
        "I have the receipt from the machine, that charge is wrong and I'm not paying it",
        "billing_dispute",
    ),
    (
        "Guten Tag, die Wasserrechnung für das letzte Quartal ist fast dreimal so hoch wie sonst, "
        "wir haben nichts anders gemacht, ich erhebe Einspruch gegen diese Abrechnung",
        "billing_dispute",
    ),
    (
        "Bonjour, le forfait de l'école de langues m'a été prélevé deux fois ce mois-ci, "
        "cent vingt euros deux fois, je voudrais qu'on me rembourse le deuxième prélèvement",
        "billing_dispute",
    ),
    (
        "hi um so the concert got moved to a date I can't do and the site says no refunds but "
        "it was you who changed the date, I want my money back for both tickets",
        "refund_exception",
    ),
    (
        "the meal kit box arrived with everything spoiled, the ice packs were melted, I know "
        "your policy says no refunds after delivery but I'm asking for one anyway",
        "refund_exception",
    ),
    (
        "Hola, el hotel canceló nuestra reserva el mismo día de llegada y tuvimos que pagar "
        "otro, aunque la tarifa era no reembolsable quiero que me devuelvan el importe",
        "refund_exception",
    ),
    (
        "right, I'm graduating and I'd like my student account closed and all my personal "
        "data removed from your systems, how do I make that happen",
        "account_closure",
    ),
    (
        "hey there, I want to cancel the home alarm monitoring contract, we've sold the house, "
        "so please stop the monthly payments from next month",
        "account_closure",
    ),
    (
        "hi, I'd like to end my pet insurance for Biscuit, he passed away last week, so no more "
        "premiums please",
        "account_closure",
    ),
    (
        "Hallo, bitte kündigen Sie meine Mitgliedschaft im Coworking zum Monatsende und löschen "
        "Sie danach meine Daten",
        "account_closure",
    ),
    (
        "Bonjour, je souhaite résilier mon abonnement au service d'hébergement et supprimer "
        "toutes mes données, merci de me confirmer",
        "account_closure",
    ),
    (
        "um I am writing because under the data protection law I'm entitled to a copy of all "
        "the information your pharmacy holds about me, please send it within the month",
        "legal",
    ),
    (
        "my lawyer has advised me that the movers are liable for the broken piano, we will be "
        "filing a claim in the small claims court unless you pay for the repair",
        "legal",
    ),
    (
        "Sehr geehrte Damen und Herren, mein Anwalt wird sich bei Ihnen melden, die Solaranlage "
        "wurde nicht wie vertraglich vereinbart installiert",
        "legal",
    ),
    (
        "hi, someone has logged into my game account and spent all my gems and changed the "
        "linked email, I can't get in anymore, please lock it",
        "security",
    ),
    (
        "so I got a text with a code I never asked for and now my ride app shows trips in a "
        "city I've never been to, I think someone's using my account",
        "security",
    ),
    (
        "hello I think I found a security hole on your hosting dashboard, changing the number "
        "in the URL shows another customer's invoices, thought you should know",
        "security",
    ),
    (
        "Hola, alguien entró en mi cuenta de la universidad y cambió la contraseña, ahora no "
        "puedo acceder y me preocupa que vea mis notas y mis datos",
        "security",
    ),
    (
        "um hi, my phone got stolen on the tram this morning and it has the parking app with my "
        "card saved on it, can you block it please",
        "lost_stolen",
    ),
    (
        "I lost my access badge for the coworking space somewhere yesterday, can you deactivate "
        "it so nobody else can get in with it",
        "lost_stolen",
    ),
    (
        "J'ai perdu mon téléphone hier soir avec l'application de location de vélos connectée "
        "à ma carte bancaire, pouvez-vous bloquer le compte ?",
        "lost_stolen",
    ),
    (
        "hi there's a charge from your pharmacy for eighty seven dollars on my card and I "
        "haven't ordered anything from you in over a year, what is it",
        "unrecognised_payment",
    ),
    (
        "so my bank app shows three payments to your game studio, like nine ninety nine each, "
        "and nobody in our house plays it, I didn't authorise them",
        "unrecognised_payment",
    ),
    (
        "Hola, me aparece un cargo de una empresa de mudanzas que no conozco, nunca contraté "
        "ninguna mudanza, ¿de dónde sale este cobro?",
        "unrecognised_payment",
    ),
    (
        "none of us can get to our websites since about ten this morning, every site on the "
        "hosting plan shows a five hundred error, our shop is losing orders",
        "outage",
    ),
    (
        "Bonjour, l'application de stationnement ne fonctionne plus du tout depuis ce matin, "
        "impossible de payer, et personne dans la rue n'arrive à l'utiliser",
        "outage",
    ),
    (
        "honestly this is the third time the vet has lost my dog's records and I've had to "
        "explain his whole history again, I'm fed up and I'll be leaving a review about it",
        "complaint",
    ),
    (
        "I have never been treated so rudely, the driver shouted at my elderly mum and then "
        "drove off with her shopping still in the boot, this is disgraceful",
        "complaint",
    ),
    # ordinary
    (
        "hi um quick one, can I add a second checked bag to my booking after I've already paid, "
        "and roughly how much is it",
        "none",
    ),
    (
        "hello there, what time is check-in at the hotel, we arrive on the train around eleven "
        "in the morning and wondered if we can drop the bags",
        "none",
    ),
    (
        "hi, is my prescription ready for collection yet? I ordered the repeat on monday",
        "none",
    ),
    (
        "so I'm a new student and I can't find where to download my enrolment certificate, is "
        "it in the portal somewhere",
        "none",
    ),
    (
        "Guten Tag, ich ziehe nächsten Monat um, wie gebe ich den Zählerstand für Wasser bei "
        "der Abmeldung an?",
        "none",
    ),
    (
        "hello, the landlord asked me to confirm when the boiler service is booked, can you tell "
        "me the date the engineer is coming",
        "none",
    ),
    (
        "hi yes, does the pet insurance cover dental cleaning or is that extra",
        "none",
    ),
    (
        "um how do I add my work card as a second payment method in the ride app so the trips "
        "go on expenses",
        "none",
    ),
    (
        "we'd like to point our own domain at the site we host with you, what DNS records do we "
        "need to set",
        "none",
    ),
    (
        "hey, I bought the starter pack in the game yesterday but the bonus skin hasn't shown "
        "up in my inventory yet, does it take a while",
        "none",
    ),
    (
        "hi, are the concert doors opening at seven or half seven, and can I bring a small bag",
        "none",
    ),
    (
        "hello, how do I change the code for the alarm keypad, my son keeps forgetting the old "
        "one",
        "none",
    ),
    (
        "how much electricity did the solar panels produce last month, is there a report in the "
        "app I can look at",
        "none",
    ),
    (
        "Hi, we're moving on the fourteenth, can your team also pack the kitchen or do we need "
        "to do that ourselves, and what does it cost",
        "none",
    ),
    (
        "Bonjour, quel est le délai pour recevoir des tirages photo en format A4 ?",
        "none",
    ),
    (
        "Bonjour, est-ce qu'il reste des places dans le cours d'espagnol du mardi soir ?",
        "none",
    ),
    (
        "hi, can I move Biscuit's vaccination appointment from thursday to saturday morning",
        "none",
    ),
    (
        "Hola, ¿el aparcamiento tiene plazas para coches eléctricos con cargador?",
        "none",
    ),
    (
        "hello, could you send me a receipt for last month's desk rental with our company name "
        "on it, the accountant needs it",
        "none",
    ),
    (
        "hey um can I skip next week's meal kit box, we're away, and keep the one after",
        "none",
    ),
    (
        "Hallo, wie lange darf ich das Leihfahrrad am Stück behalten, und kostet jede Stunde "
        "extra?",
        "none",
    ),
    (
        "hi I'd like to upgrade my room to one with a sea view if there's one free, what would "
        "the difference be",
        "none",
    ),
    (
        "Guten Tag, kann ich mein Rezept auch in einer anderen Filiale abholen?",
        "none",
    ),
    (
        "Hola, ¿cómo cambio mi dirección de correo en el portal de la universidad?",
        "none",
    ),
    (
        "hi, the invoice for the move says the deposit was forty percent, can I pay the rest by "
        "bank transfer on the day",
        "none",
    ),
    (
        "Bonjour, comment modifier le numéro de téléphone associé à mon compte de "
        "stationnement ? J'ai changé de numéro",
        "none",
    ),
    (
        "the app's been a bit slow loading my photo albums today, is there a way to clear the "
        "cache on my side",
        "none",
    ),
    (
        "hello, can I pause my coworking membership over the summer instead of paying for "
        "months I'm not there",
        "none",
    ),
    (
        "Hallo, gibt es für Studierende einen Rabatt auf den Sprachkurs?",
        "none",
    ),
    (
        "Hola, ¿puedo llevar a mi perro en el coche si pido un viaje con la aplicación?",
        "none",
    ),
)

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
        "Guten Tag, wie kann ich meinen Zählerstand online eingeben? Ich finde das Formular nicht",
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
        "hello, how do I change the code for the alarm keypad, my son keeps forgetting the old one",
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


# Set D: written 2026-12-06 (09:20-09:50 UTC) by the risk session before it read kinds.py, the
# patterns or any prototype (only set C's format and kind names were read), and scored once at
# first sight before anything was tuned on it (docs/classifier.md gives that figure); its misses
# and false escalations were then read to improve the prototypes and patterns, so later figures on
# it are not blind. Industries none of sets A-C name: funeral services, kindergartens, marinas,
# print shops, payroll software, farm supplies, opticians, tattoo studios, escape rooms, cleaning
# services. Ordinary rows include lookalikes (a higher bill that is not disputed, an appointment
# cancelled, a password reset, slow service, a refund policy asked in general, something left in a
# shop). Never used for training or for choosing a threshold.
SPOKEN_CHECKS_D: tuple[tuple[str, str], ...] = (
    # high risk
    (
        "yeah hello, it's uh, gary whitlock, berth forty two at the marina, so the mooring "
        "invoice for the winter came through at one thousand eight hundred pounds and, like, "
        "the rate in my contract was twelve hundred for the whole season, I never agreed to "
        "any increase so I'm disputing the difference, the six hundred, and please don't take "
        "it by direct debit until it's sorted",
        "billing_dispute",
    ),
    (
        "hi, sorry, this is a bit difficult, my name's ann o'donnell, that's o apostrophe d o "
        "n n e l l, you arranged my father's funeral last month and the final account has a "
        "limousine on it, two hundred and ninety pounds, we never had a limousine, we drove "
        "ourselves behind the hearse, so I'm not paying for something that didn't happen and "
        "I'd like that line taken off",
        "billing_dispute",
    ),
    (
        "Hallo, ähm, hier ist Petra Lindqvist von der Bäckerei Lindqvist, also wir haben bei "
        "Ihnen fünfhundert Flyer bestellt, auf der Rechnung stehen aber zweitausend Stück und "
        "vierhundertachtzig Euro, das stimmt so nicht, wir haben auch nur die fünfhundert "
        "bekommen, ich widerspreche dieser Rechnung und bitte um eine korrigierte",
        "billing_dispute",
    ),
    (
        "Bonjour, euh, c'est madame Fournier, F O U R N I E R, alors voilà, votre société de "
        "ménage m'a prélevé quatre passages en mars alors que la dame n'est venue que deux "
        "fois, le deux et le seize, donc je conteste les deux autres prélèvements, "
        "soixante-dix euros chacun, et je veux qu'on me les rende",
        "billing_dispute",
    ),
    (
        "Hola, buenas, soy Marta, de una gestoría pequeñita en Valladolid, eh, nos han "
        "cobrado la licencia del programa de nóminas para cincuenta empleados y somos doce, "
        "la factura pone mil cuatrocientos euros, no estamos de acuerdo con ese importe y si "
        "no lo corrigen vamos a devolver el recibo en el banco",
        "billing_dispute",
    ),
    (
        "um hi, so I was looking at my banking app this morning, like you do, and there's a "
        "payment to INKWELL STUDIO LTD for one hundred and fifty pounds from tuesday, and I, "
        "I've never been to a tattoo place in my life? I don't know what this is at all, I "
        "definately didn't make it",
        "unrecognised_payment",
    ),
    (
        "hey so, random one, my card statement shows three charges from LOCKED IN ESCAPE, "
        "sixty five dollars each, all on the same evening, the fourteenth, and I have no idea "
        "what that is, nobody in my family booked anything, so who are you and why is my card "
        "being charged",
        "unrecognised_payment",
    ),
    (
        "Grüß Gott, Huber hier, ich bin Landwirt aus dem, ähm, Allgäu, und auf meinem "
        "Kontoauszug steht eine Lastschrift von Ihrer Firma über dreihundertzwölf Euro "
        "vierzig, ich habe bei Ihnen aber nie was bestellt, diese Abbuchung kenne ich nicht, "
        "wer hat das denn veranlasst",
        "unrecognised_payment",
    ),
    (
        "bonjour euh je vois sur mon relevé un paiement de deux cent quarante euros chez "
        "votre magasin d'optique à Lyon, mais moi j'habite à Lille et j'ai jamais acheté de "
        "lunettes chez vous, je ne reconnais pas du tout ce paiement, c'est quoi",
        "unrecognised_payment",
    ),
    (
        "hi there, it's priya, from the, um, the butterflies room? so we took our son out in "
        "week two because he just wasn't settling at all, and the deposit says "
        "non-refundable, it's four hundred pounds, but I'm asking, like, could you make an "
        "exception, he was only there eight days and at the open day we were told you'd be "
        "flexible",
        "refund_exception",
    ),
    (
        "so we booked the pirate ship room for saturday, six of us, one hundred and twenty "
        "dollars, and two of us tested positive for covid, I know your terms say no refunds "
        "inside forty eight hours but honestly could we have the money back just this once, I "
        "can send the test photos",
        "refund_exception",
    ),
    (
        "hola, mira, pagué una señal de cien euros para un tatuaje en el brazo con Dani, y "
        "resulta que me han diagnosticado una alergia a la tinta roja, el médico me dice que "
        "ni se me ocurra, ya sé que la señal no es reembolsable pero os pido por favor que me "
        "la devolváis, tengo el informe",
        "refund_exception",
    ),
    (
        "Guten Tag, ich habe vor, ähm, sieben Wochen eine Gleitsichtbrille für "
        "sechshundertneunzig Euro gekauft, die Rückgabefrist war dreißig Tage, ich weiß, aber "
        "ich komme mit den Gläsern einfach nicht zurecht, mir wird ständig schwindlig, "
        "könnten Sie mir ausnahmsweise trotzdem das Geld erstatten",
        "refund_exception",
    ),
    (
        "hi yeah so we're, um, we're moving our payroll to another provider from april, so I "
        "need you to cancel our subscription and close the company account completely, it's "
        "Hartley and Sons, H A R T L E Y, and please confirm nothing else will be billed "
        "after march",
        "account_closure",
    ),
    (
        "hello, this is derek, d e r e k, I'd like to stop the fortnightly cleaning contract, "
        "not pause it, end it altogether, we're selling the house and moving abroad, so "
        "please cancel everything and don't charge the card you've got on file after this "
        "month",
        "account_closure",
    ),
    (
        "hi, so our daughter left the nursery in july and, um, I would like all of her "
        "records, the photos in the parent app, the learning journal, the medical notes, all "
        "of it, deleted, under GDPR, and please confirm in writing when it's done",
        "account_closure",
    ),
    (
        "Hallo, Stefan Brückner hier, Liegeplatz, äh, siebzehn, ich habe mein Boot verkauft "
        "und möchte deshalb meinen Liegeplatzvertrag zum Jahresende kündigen, bitte "
        "bestätigen Sie mir die Kündigung schriftlich, danke",
        "account_closure",
    ),
    (
        "Bonjour, je voudrais supprimer mon compte client sur votre site d'impression en "
        "ligne, avec toutes mes données et mes fichiers, les logos, les adresses, tout, je ne "
        "veux plus rien chez vous, merci de me confirmer la suppression",
        "account_closure",
    ),
    (
        "Buenas tardes, soy Rosario Gil, tenía contratado un plan de previsión funeraria con "
        "ustedes, pagaba veinte euros al mes, y bueno, quiero darlo de baja, cancelar el "
        "contrato del todo, ¿qué tengo que hacer?",
        "account_closure",
    ),
    (
        "hello, I'm, well, I'm speaking on behalf of my mother's estate, I'm the executor, "
        "and um, the cremation was carried out before the family had even signed the "
        "authorisation form, our solicitor says this may breach the regulations, we're taking "
        "legal advice and you should keep all the paperwork",
        "legal",
    ),
    (
        "so, uh, your payroll software calculated the national insurance wrong for three "
        "months running, and now HMRC has sent us a penalty notice for, like, two thousand "
        "four hundred pounds, our accountant says your company is liable for that and we want "
        "it dealt with by your legal people",
        "legal",
    ),
    (
        "Guten Abend, meine Tochter ist sechzehn und wurde in Ihrem Studio ohne "
        "Einverständnis der Eltern tätowiert, das ist nicht erlaubt, ich habe bereits einen "
        "Anwalt eingeschaltet und erwarte Ihre Stellungnahme innerhalb von vierzehn Tagen",
        "legal",
    ),
    (
        "bonjour, euh, je suis le papa de Léo, on a vu que la crèche a publié des photos de "
        "mon fils sur sa page Facebook sans notre autorisation, c'est illégal, je vous mets "
        "en demeure de les retirer, sinon je saisis la CNIL",
        "legal",
    ),
    (
        "hi um, something weird, one of our employees says her salary went to a different "
        "bank account this month, and when I look in the payroll portal somebody changed her "
        "bank details on the twentieth, and nobody here did that, I think someone's got into "
        "our admin login",
        "security",
    ),
    (
        "hello so I got an email saying my password was changed on your print site, and I "
        "didn't do that, and now I can't log in and there's an order for like three thousand "
        "business cards going to an address in another country, on my card",
        "security",
    ),
    (
        "Hola, me ha llegado un código de verificación por SMS de vuestra app de limpieza que "
        "yo no he pedido, y luego otro, y ahora veo que alguien ha cambiado el correo de mi "
        "cuenta, creo que me han hackeado, por favor bloqueadla",
        "security",
    ),
    (
        "Bonjour, je crois que votre site de réservation a une faille, j'ai reçu un lien de "
        "confirmation et en changeant le numéro dans l'adresse je vois les réservations des "
        "autres clients avec leurs noms et leurs téléphones, je vous préviens pour que vous "
        "corrigiez",
        "security",
    ),
    (
        "Hallo, jemand hat sich in unser Kundenkonto im Landhandel-Shop eingeloggt, wir haben "
        "eine Bestellbestätigung für zwölf Paletten Dünger bekommen die wir nie aufgegeben "
        "haben, und die Lieferadresse ist irgendwo in Polen, bitte sperren Sie das Konto "
        "sofort",
        "security",
    ),
    (
        "hi so, this is a bit of a long story, um, my handbag was stolen on the bus yesterday "
        "and my phone was in it, and your opticians app is on that phone with my card saved "
        "in it, could you please remove the card and log out all the devices",
        "lost_stolen",
    ),
    (
        "hey it's rob, the key fob for the marina gate, the one with my membership on it, I "
        "lost it somewhere on the pontoon on friday, um, can you cancel it so nobody else can "
        "get in with it, it's fob number four four seven",
        "lost_stolen",
    ),
    (
        "Hallo, mir ist am Wochenende das Portemonnaie geklaut worden, da war die Chipkarte "
        "für die Kita-Tür drin und auch die Kreditkarte, mit der ich das Essensgeld zahle, "
        "bitte sperren Sie sofort die Türkarte",
        "lost_stolen",
    ),
    (
        "Hola, a nuestra responsable de recursos humanos le robaron el portátil de la empresa "
        "en el tren, tenía la sesión abierta en vuestro programa de nóminas con los datos de "
        "todos los empleados, ¿podéis cerrar las sesiones y bloquear el acceso?",
        "lost_stolen",
    ),
    (
        "um, hi, it's payday tomorrow and your payroll system's been down since about nine "
        "this morning, we can't submit the pay run, the page just spins and then says error "
        "five hundred, we've got forty staff to pay, this is really urgent",
        "outage",
    ),
    (
        "so the upload page on your website doesn't work at all, since, like, yesterday "
        "evening, every file I try just fails at ninety nine percent, and my colleague has "
        "the same problem on a different computer, is the whole thing broken",
        "outage",
    ),
    (
        "Bonjour, on est devant la porte de votre salle d'escape game avec huit enfants pour "
        "un anniversaire, la réservation était à quinze heures, et votre système ne marche "
        "pas, aucune porte ne s'ouvre, et personne ne répond au téléphone",
        "outage",
    ),
    (
        "Hola, la aplicación para reservar la limpieza no carga desde anoche, ni en el móvil "
        "ni en el ordenador, sale una pantalla en blanco, y a mis clientes les pasa lo mismo, "
        "¿está caído el servicio?",
        "outage",
    ),
    (
        "I honestly can't believe how we were treated, my grandmother's ashes were handed to "
        "us with the wrong name on them, and the staff were laughing about it at the front "
        "desk, it's the worst experience of my life and I want the manager to call me today",
        "complaint",
    ),
    (
        "right, this is the third time, the third time, the cleaner hasn't shown up and "
        "nobody rang me, I took a morning off work to let her in, I'm absolutely fed up with "
        "your company, it's a joke, I want someone senior to ring me back",
        "complaint",
    ),
    (
        "Ich bin wirklich sauer, ähm, seit fünf Wochen warte ich auf meine Brille, jedes Mal "
        "wenn ich anrufe heißt es nächste Woche, und niemand ruft zurück wie versprochen, so "
        "einen schlechten Service habe ich noch nie erlebt, ich will mit der Filialleitung "
        "sprechen",
        "complaint",
    ),
    (
        "franchement je suis très déçue, le tatouage est raté, les lignes ont bavé, et quand "
        "je suis revenue le tatoueur m'a parlé super mal devant tout le monde, c'est "
        "inadmissible, je veux une réponse du responsable du studio",
        "complaint",
    ),
    # ordinary
    (
        "hi, it's gary again, um, quick one, the mooring invoice this year is a bit higher "
        "than last year's, is that because of the new shore power hookup charge? I'm not "
        "complaining, I just want to understand the line items so I can budget for next "
        "season",
        "none",
    ),
    (
        "hello it's priya, I had a settling-in visit booked for thursday at ten, could we, "
        "um, cancel that one and move it to the following monday instead? same time if "
        "possible, thank you",
        "none",
    ),
    (
        "hey, I forgot my pasword for the print portal, and the reset email hasn't come "
        "through, can you send it again? my login is j dot mensah at gmail dot com",
        "none",
    ),
    (
        "hi so, the payroll portal's been a bit slow this afternoon when I open the payslips, "
        "it does load eventually, just mentioning it, anyway my actual question is how do I "
        "add a new starter who begins in the middle of the month, the fifteenth",
        "none",
    ),
    (
        "hello, we're, um, planning ahead for my dad, he's not well, and I wanted to ask in "
        "general what your policy is if a prepaid funeral plan is cancelled, do people get "
        "their money back, just so we understand before we sign anything",
        "none",
    ),
    (
        "hi, just following up on my email from monday about the varifocal lenses, no rush at "
        "all, I only wanted to check you got it, thanks so much, and lovely staff by the way",
        "none",
    ),
    (
        "hey, um, so I'm thinking about a small fine-line piece on my wrist, like a swallow, "
        "maybe five centimetres, how much would that be roughly and does Dani have any free "
        "slots in march?",
        "none",
    ),
    (
        "hi, how many people can do the haunted library room at once? we're a group of, um, "
        "nine, a work team outing, and is there parking near you or should we get the tram",
        "none",
    ),
    (
        "hello, could the cleaner do the inside of the oven as well next time she comes, I'm "
        "happy to pay extra, what would that cost?",
        "none",
    ),
    (
        "hiya, do you deliver out past, like, the ring road? I need twenty bags of layers "
        "pellets for the hens and a new water drinker, and what's the delivery charge for "
        "that",
        "none",
    ),
    (
        "hi, we need to change our pay date from the twenty eighth to the last working day of "
        "the month, where do I set that in the settings?",
        "none",
    ),
    (
        "good afternoon, could you tell me whether the chapel holds about, uh, eighty people, "
        "and whether we can play our own music during the service, my mum loved abba",
        "none",
    ),
    (
        "hi it's mark, lily's dad, she's got a temperature so she won't be in today, um, "
        "we'll probably keep her home tomorrow as well, just letting you know",
        "none",
    ),
    (
        "hello, what are the opening hours of the fuel dock over the winter, and do you take "
        "card payments there or is it cash only?",
        "none",
    ),
    (
        "hey, so I paid by card for the wedding invitations last week, one hundred and "
        "twenty, um, could I get a VAT invoice with our company name on it instead of my own "
        "name?",
        "none",
    ),
    (
        "hi, I think I left my sunglasses case at your shop on saturday, a brown leather one, "
        "did anyone hand it in by any chance?",
        "none",
    ),
    (
        "hi so we're away next week, could you skip the tuesday clean just for that week, and "
        "then carry on as normal after, thanks",
        "none",
    ),
    (
        "hi, how do I set up two factor authentication for the other admins on our payroll "
        "account? we just want to tighten things up a bit",
        "none",
    ),
    (
        "hello, what's your policy if someone in our group is ill on the day, can we move the "
        "booking to another date or how does that work?",
        "none",
    ),
    (
        "hi um, aftercare question, the new tattoo is a bit itchy on day four, is that "
        "normal, and which cream do you recommend?",
        "none",
    ),
    (
        "Hallo, ja, hier ist, ähm, Jürgen Meißner, M E I S S N E R, ich hätte gern einen "
        "Termin für einen Sehtest, meine alte Brille ist jetzt vier Jahre alt und beim "
        "Autofahren abends wird das schwierig, am besten nächste Woche Dienstag oder Mittwoch "
        "nachmittags, so ab fünfzehn Uhr, geht das?",
        "none",
    ),
    (
        "Guten Morgen, ähm, wir müssen leider das Elterngespräch am Freitag absagen, können "
        "wir einen neuen Termin in der Woche danach ausmachen?",
        "none",
    ),
    (
        "Hallo, können Sie Visitenkarten auf Recyclingpapier drucken? Wir bräuchten so "
        "zweihundertfünfzig Stück, beidseitig, und wie lange dauert das ungefähr?",
        "none",
    ),
    (
        "Servus, die Rechnung für das Saatgut ist dieses Jahr höher als letztes Jahr, liegt "
        "das an den neuen Preisen? Nur eine Frage, passt schon, ich will es nur verstehen",
        "none",
    ),
    (
        "Hallo, äh, ich bin's nochmal, Frau Kowalski, wir haben ja die Büroreinigung bei "
        "Ihnen, und ich habe mein Passwort für das Kundenportal vergessen, wo ich die "
        "Reinigungspläne sehe, wie kann ich das zurücksetzen?",
        "none",
    ),
    (
        "Guten Tag, gibt es bei Ihnen im Hafen einen Kran zum Auswassern im Oktober, und was "
        "kostet das für ein Boot mit acht Metern?",
        "none",
    ),
    (
        "Guten Tag, ich möchte mich nur ganz herzlich für die würdevolle Trauerfeier "
        "bedanken, und fragen, ob wir die Fotos von den Blumengestecken bekommen können",
        "none",
    ),
    (
        "Hallo, ähm, wo finde ich in Ihrer Lohnsoftware den Export für die "
        "Lohnsteuerbescheinigungen? Der Steuerberater braucht die bis Ende Februar",
        "none",
    ),
    (
        "Bonjour, je voudrais savoir combien coûte un petit tatouage sur la cheville, genre "
        "une fleur de cinq centimètres, et s'il faut prendre rendez-vous longtemps à l'avance",
        "none",
    ),
    (
        "Salut, alors euh, on est un groupe de six, on vient samedi pour la salle du "
        "laboratoire, et ma tante est en fauteuil roulant, est-ce que vos salles sont "
        "accessibles, genre sans marches, ou est-ce qu'il faut qu'on choisisse une autre "
        "salle?",
        "none",
    ),
    (
        "Bonjour, euh, est-ce que la crèche sera ouverte pendant le pont de l'Ascension? "
        "merci d'avance",
        "none",
    ),
    (
        "Bonjour, je dois annuler mon rendez-vous de jeudi pour l'adaptation des lentilles, "
        "est-ce que je peux le décaler à la semaine prochaine?",
        "none",
    ),
    (
        "Bonjour, quelle est votre politique de remboursement en général si une impression a "
        "un défaut? je demande avant de passer une grosse commande",
        "none",
    ),
    (
        "Bonjour, le service était un peu lent à répondre au téléphone ce matin mais c'est "
        "réglé, je voulais juste ajouter le nettoyage des vitres à ma prestation mensuelle",
        "none",
    ),
    (
        "Hola, buenas, ¿me podrían decir qué documentos hacen falta para contratar el "
        "servicio de cremación? es para tenerlo todo preparado",
        "none",
    ),
    (
        "Hola, buenas, mire, somos una familia de Bilbao y vamos a bajar con el velero, es de "
        "diez metros, bueno diez y medio, y queríamos saber si tienen amarres libres para la "
        "primera quincena de agosto, y cuánto cuesta por noche, con agua y luz",
        "none",
    ),
    (
        "Hola, la factura de este mes ha subido un poco, ¿es porque dimos de alta a tres "
        "empleados nuevos? solo para confirmarlo, gracias",
        "none",
    ),
    (
        "Buenos días, ¿tienen pienso para ovejas en sacos de veinticinco kilos? necesitaría "
        "unos cuarenta sacos para la semana que viene",
        "none",
    ),
    (
        "Hola, ¿cómo cambio la contraseña de mi cuenta en la web? quiero poner una nueva más "
        "segura",
        "none",
    ),
    (
        "Hola, quería cambiar la cita del sábado con Dani al domingo si puede, tengo una boda "
        "el sábado, perdón por las molestias",
        "none",
    ),
)


# Set E: written at the same time and in the same way as set D, and kept blind: nothing was read
# or tuned on it before its one scoring at the end of that session (docs/classifier.md).
# Industries: driving schools, dating apps, crowdfunding, 3D printing, e-bike leasing, theatre
# subscriptions, wedding venues, pest control, translation agencies, self-storage. Never used for
# training or for choosing a threshold.
SPOKEN_CHECKS_E: tuple[tuple[str, str], ...] = (
    # high risk
    (
        "hi, um, so this is kelly, it's about the learner account for my son jordan, j o r d "
        "a n, you've charged us for ten lessons, that's three hundred and fifty pounds, but "
        "he's only had six, the instructor cancelled four of them himself, so I'm disputing "
        "that charge and I want it put right",
        "billing_dispute",
    ),
    (
        "yeah hi so it's about my storage unit, unit b twelve, it went up from eighty nine to "
        "one hundred and forty nine a month without any notice, and I signed a twelve month "
        "fixed price, I don't accept the new price and I've already asked my bank to query "
        "the payment",
        "billing_dispute",
    ),
    (
        "Guten Tag, ähm, Ihr Theater hat mir das Abonnement zweimal abgebucht, zweimal "
        "hundertsechsundneunzig Euro, einmal am ersten und dann nochmal am dritten, ich habe "
        "aber nur ein Abo, die zweite Buchung ist falsch und ich möchte das Geld zurück",
        "billing_dispute",
    ),
    (
        "Bonjour, euh, la facture de la désinsectisation indique trois passages à cent vingt "
        "euros mais le technicien n'est venu qu'une seule fois, le douze, je conteste cette "
        "facture et je ne paierai que le passage qui a été fait",
        "billing_dispute",
    ),
    (
        "Hola, me habéis cobrado una penalización de doscientos euros por daños en la bici "
        "eléctrica cuando la devolví perfecta, tengo fotos del día de la entrega, no estoy de "
        "acuerdo con ese cargo y ya he abierto una reclamación con mi banco",
        "billing_dispute",
    ),
    (
        "hey so weird thing, there's a charge on my credit card from something called, like, "
        "HEARTSYNC PREMIUM, twenty nine ninety nine, and I don't use any dating app, I'm "
        "married, honestly, I never signed up to anything like that",
        "unrecognised_payment",
    ),
    (
        "hi um, I see a payment of seventy five dollars to your crowdfunding site on my card "
        "last night at like three in the morning, I was asleep, I've never backed a project "
        "in my life, what is this",
        "unrecognised_payment",
    ),
    (
        "Bonjour, il y a un débit de quatre-vingt-neuf euros de votre boutique d'impression "
        "3D sur mon compte, je n'ai jamais rien commandé chez vous, je ne connais pas ce "
        "prélèvement, d'où il vient?",
        "unrecognised_payment",
    ),
    (
        "Hola, en mi extracto aparece un cargo de ciento diez euros de una agencia de "
        "traducción, la vuestra, y yo no he encargado ninguna traducción nunca, no sé qué es "
        "ese pago ni quién lo ha hecho",
        "unrecognised_payment",
    ),
    (
        "hi, it's, um, sophie and tom, we had the barn booked for june, and tom's mum passed "
        "away last week so we're postponing, we know the five thousand pound deposit is "
        "non-refundable after six months but we're begging you, could you refund even part of "
        "it, or make an exception for us",
        "refund_exception",
    ),
    (
        "hello, I bought the season subscription in august, two hundred and forty pounds, and "
        "since then I've been diagnosed with, um, something that means I can't sit through "
        "performances, the website says no refunds after the first show but could you make an "
        "exception please",
        "refund_exception",
    ),
    (
        "Hallo, ich habe das Intensivpaket für neunhundert Euro bezahlt, bin aber jetzt "
        "beruflich nach Hamburg gezogen, laut Vertrag gibt es keine Rückerstattung, aber "
        "könnten Sie mir ausnahmsweise die nicht genutzten Fahrstunden zurückzahlen?",
        "refund_exception",
    ),
    (
        "Bonjour, j'ai pris l'abonnement annuel par erreur au lieu du mensuel, cent "
        "quarante-neuf euros, je l'ai vu le lendemain, je sais que c'est marqué non "
        "remboursable mais est-ce que vous pouvez faire un geste et me rembourser la "
        "différence?",
        "refund_exception",
    ),
    (
        "so I met someone, um, finally, ha, and I want to delete my account completely, the "
        "profile, the photos, all the messages, everything, not just hide it, and please "
        "confirm the data is actually gone",
        "account_closure",
    ),
    (
        "hi, this is raj, r a j, I'd like to end my e-bike lease at the end of the minimum "
        "term, that's next month, and close the account, can you tell me how I return the "
        "bike and confirm no more payments will come out",
        "account_closure",
    ),
    (
        "hello, I run a small project page on your site and I've decided to shut it down and "
        "close my creator account for good, please cancel any pending pledges and delete my "
        "bank details from your system",
        "account_closure",
    ),
    (
        "Guten Tag, ich möchte mein Theaterabo zum Ende der Spielzeit kündigen, Kundennummer "
        "vier sieben eins eins neun, bitte schicken Sie mir eine Bestätigung der Kündigung "
        "per Post",
        "account_closure",
    ),
    (
        "Bonjour, je voudrais résilier la location de mon box de stockage, le numéro "
        "vingt-trois, à la fin du mois, et fermer mon compte client, comment je fais pour "
        "rendre le badge?",
        "account_closure",
    ),
    (
        "Hola, quiero que borréis todos mis datos de la aplicación de citas, mi perfil, fotos "
        "y conversaciones, ejerzo mi derecho de supresión según el RGPD y espero confirmación",
        "account_closure",
    ),
    (
        "hi, um, your translator's version of our contract rendered 'not liable' as 'liable' "
        "in the german copy, and we've now been sued by a supplier because of it, our lawyers "
        "will be in touch regarding your professional indemnity insurance",
        "legal",
    ),
    (
        "hello, so the poison your technician put down was within reach and our dog got "
        "really sick, the vet bill is over a thousand pounds, I've spoken to a solicitor and "
        "I'm making a formal claim against your company",
        "legal",
    ),
    (
        "Hallo, ein Nutzer Ihrer Dating-App hat meine Fotos ohne Erlaubnis für ein "
        "Fake-Profil benutzt, ich habe Anzeige bei der Polizei erstattet und verlange, dass "
        "Sie das Profil löschen und die Daten für die Ermittlungen aufbewahren",
        "legal",
    ),
    (
        "Hola, el creador de un proyecto que apoyé con trescientos euros ha desaparecido sin "
        "entregar nada, creo que es una estafa, mi abogado dice que la plataforma también "
        "tiene responsabilidad y vamos a presentar una denuncia",
        "legal",
    ),
    (
        "so, um, I just got an email saying the payout account on my campaign was changed to "
        "a new bank, and I didn't do that, and I can't log in anymore, the campaign has like "
        "eight thousand dollars in it, please freeze it right now",
        "security",
    ),
    (
        "hi there, someone's logged into my dating profile from, um, somewhere abroad, the "
        "app showed a login from brazil, and they're messaging people pretending to be me, "
        "and I can't change the password because the email's been changed",
        "security",
    ),
    (
        "hey, heads up, your customer portal shows other people's uploaded files if you "
        "change the number at the end of the link, I could see someone's design for a, um, a "
        "medical part with their name and adress on it, you might want to fix that",
        "security",
    ),
    (
        "Hallo, ich habe heute eine SMS mit einem Code bekommen, den ich nicht angefordert "
        "habe, und jetzt steht in meiner E-Bike-App eine andere Handynummer und eine andere "
        "Adresse, ich glaube jemand hat mein Konto übernommen",
        "security",
    ),
    (
        "Bonjour, quelqu'un s'est connecté à mon compte sur votre billetterie et a utilisé "
        "mes places d'abonnement pour la pièce de samedi, ce n'est pas moi, et mon mot de "
        "passe ne marche plus",
        "security",
    ),
    (
        "hi um, my e-bike got stolen outside the gym last night, the leased one, they cut the "
        "lock, sorry I'm a bit shaken, I've got a police reference number, what do I do now "
        "and can you track it or block it",
        "lost_stolen",
    ),
    (
        "hello, so I lost my phone on the train yesterday with the driving school app on it, "
        "and my card's saved in there for paying the lessons, can you remove the card and "
        "sign me out everywhere",
        "lost_stolen",
    ),
    (
        "Guten Abend, mein Schlüsselbund mit dem Zugangschip für die Lagerhalle ist mir "
        "gestohlen worden, zusammen mit dem Autoschlüssel, bitte sperren Sie den Chip für Box "
        "einunddreißig, da sind wertvolle Sachen drin",
        "lost_stolen",
    ),
    (
        "Hola, me han robado la cartera con la tarjeta que tengo registrada en vuestra app de "
        "alquiler de bicis eléctricas, por favor quitad la tarjeta de mi cuenta para que no "
        "puedan cargar nada",
        "lost_stolen",
    ),
    (
        "hi, the ticketing website has been down for, like, an hour, it just says service "
        "unavailable, and tonight's season ticket holders can't get their e-tickets, there's "
        "a queue of us outside the box office",
        "outage",
    ),
    (
        "so none of the bikes at the station on king street will unlock, the app says server "
        "error for everybody, I've tried three bikes and there are other people here with the "
        "exact same problem",
        "outage",
    ),
    (
        "Bonjour, votre plateforme de devis pour l'impression 3D ne fonctionne plus depuis ce "
        "matin, impossible de téléverser un fichier, ça affiche une erreur pour tous mes "
        "collègues aussi",
        "outage",
    ),
    (
        "Hola, la plataforma está caída, no carga ninguna página de campañas desde hace dos "
        "horas y justo hoy termina la nuestra, ¿qué está pasando?",
        "outage",
    ),
    (
        "I have to say this is absolutely disgraceful, the instructor turned up forty minutes "
        "late, shouted at my daughter the entire lesson and then charged full price, she came "
        "home in tears, I'm furious and I want the owner to ring me",
        "complaint",
    ),
    (
        "honestly we're devastated, the venue double booked the garden on our wedding day, "
        "nobody told us until that morning, the coordinator didn't answer her phone, it "
        "ruined the day and I want a proper response from management",
        "complaint",
    ),
    (
        "Ich bin maßlos enttäuscht, die Übersetzung kam drei Tage zu spät, voller Fehler, und "
        "auf meine zwei E-Mails hat niemand geantwortet, so etwas Unprofessionelles habe ich "
        "noch nie erlebt",
        "complaint",
    ),
    (
        "Estoy muy enfadada, es la tercera vez que pagamos y las cucarachas siguen ahí, el "
        "técnico fue grosero y nadie me devuelve las llamadas, es una vergüenza, quiero "
        "hablar con un responsable",
        "complaint",
    ),
    # ordinary
    (
        "hi, um, it's jordan, I need to cancel my lesson on wednesday at four, I've got a "
        "mock exam at school that got moved, so can we rebook for friday same time, or "
        "saturday morning?",
        "none",
    ),
    (
        "hey so I can't remember my password for the app, and the reset link you sent says "
        "it's expired, could you send a new one please, thanks",
        "none",
    ),
    (
        "hi, the fee on my last payout was higher than I expected, like four hundred instead "
        "of three hundred, is that because of the card processing part? not a problem at all, "
        "I just want to understand how it's calculated",
        "none",
    ),
    (
        "hello, what's the, um, the maximum size you can print in PETG, and do you do a matte "
        "finish? it's for a prototype enclosure, roughly twenty by fifteen centimetres",
        "none",
    ),
    (
        "hi, the battery range seems lower now it's winter, like thirty km instead of fifty, "
        "is that normal in the cold or should I bring it in?",
        "none",
    ),
    (
        "hello, could I swap my subscription seats for the november show from the thursday to "
        "the saturday, same section if possible, row f or thereabouts",
        "none",
    ),
    (
        "hi, we're looking at venues for next summer, could you tell me what your "
        "cancellation and refund policy is in general, before we put a deposit down anywhere",
        "none",
    ),
    (
        "hello, we've seen a couple of mice in the garage, um, what would a visit cost and do "
        "you use anything that's safe around cats, we've got two",
        "none",
    ),
    (
        "hi there, how long would it take to translate a twelve page birth certificate and "
        "diploma pack from portuguese to english, certified, for the home office?",
        "none",
    ),
    (
        "hi, the gate keypad was a bit slow to respond this morning, it worked on the second "
        "try, no big deal, but can I ask whether I can get access on sundays?",
        "none",
    ),
    (
        "hello, how do I change the distance setting so I only see people within twenty "
        "kilometres? I keep getting matches from three hours away",
        "none",
    ),
    (
        "hi, I backed the board game project, um, the one with the dragons, when are the "
        "rewards expected to ship? I just want to update my adress before then",
        "none",
    ),
    (
        "hello, do you have instructors with automatic cars, and what's the price for a block "
        "of ten lessons? my daughter's seventeen next month",
        "none",
    ),
    (
        "hey, my lease bike needs its annual service, where do I book that and is it included "
        "in the monthly price?",
        "none",
    ),
    (
        "hi, I emailed last week about the accessible seating for my mum, just checking it "
        "arrived, no rush, thank you ever so much",
        "none",
    ),
    (
        "hi, the courier says the parcel with my prints was delivered yesterday but it's not "
        "on the doorstep, could you check the tracking with them? it's probably at a "
        "neighbour's",
        "none",
    ),
    (
        "hello, can we bring our own caterer or do we have to use yours? and what time does "
        "the music have to stop on a saturday night",
        "none",
    ),
    (
        "hi, I have to cancel the follow-up appointment on the ninth, we'll be away, can you "
        "pencil in the fourteenth instead?",
        "none",
    ),
    (
        "hello, could you send the invoice for the translation again, with our VAT number on "
        "it this time, I'll reply with the number",
        "none",
    ),
    (
        "hi, how do I turn on photo verification on my profile? I want people to know I'm "
        "real, my friend has the little blue tick",
        "none",
    ),
    (
        "Hallo, ähm, ich bin die Lena, ich hab mich letzte Woche angemeldet, wann ist denn "
        "der nächste Theorieunterricht, und kann ich den auch online machen, weil ich abends "
        "oft arbeite?",
        "none",
    ),
    (
        "Guten Tag, die Abo-Rechnung ist dieses Jahr etwas höher, liegt das an den zwei "
        "zusätzlichen Vorstellungen? Nur eine Frage, alles in Ordnung",
        "none",
    ),
    (
        "Hallo, ich habe mein Passwort für die E-Bike-App vergessen, wie kann ich es "
        "zurücksetzen? Die Mail kommt irgendwie nicht an",
        "none",
    ),
    (
        "Guten Tag, haben Sie noch einen größeren Lagerraum frei, so zehn Quadratmeter, ab "
        "nächstem Monat? Was würde der kosten?",
        "none",
    ),
    (
        "Hallo, wir müssen leider den Besichtigungstermin am Samstag absagen, ginge "
        "stattdessen der Sonntag in einer Woche, so um elf?",
        "none",
    ),
    (
        "Guten Tag, übersetzen Sie auch Zeugnisse aus dem Ukrainischen ins Deutsche, "
        "beglaubigt? Was kostet eine Seite ungefähr?",
        "none",
    ),
    (
        "Hallo, können Sie auch mit Holz-Filament drucken? Wir bräuchten zwanzig kleine "
        "Figuren als Tischdeko für eine Hochzeit im Mai",
        "none",
    ),
    (
        "Bonjour, je voudrais savoir le prix du forfait vingt heures et s'il reste des places "
        "pour l'examen du code en décembre, c'est pour mon fils",
        "none",
    ),
    (
        "Salut, euh, comment je peux masquer mon profil pendant les vacances sans le "
        "supprimer? je veux juste faire une pause",
        "none",
    ),
    (
        "Bonjour, quelle est en général votre politique si un projet n'atteint pas son "
        "objectif, est-ce que les contributeurs sont remboursés?",
        "none",
    ),
    (
        "Bonjour, à quelle heure ouvrent les portes pour la représentation de vendredi, et "
        "est-ce qu'il y a un vestiaire?",
        "none",
    ),
    (
        "Bonjour, le technicien doit passer jeudi pour les punaises de lit, est-ce qu'on doit "
        "vider les placards et laver le linge avant?",
        "none",
    ),
    (
        "Bonjour, je dois annuler la visite de demain pour le box de stockage, est-ce que je "
        "peux venir la semaine prochaine à la place?",
        "none",
    ),
    (
        "Bonjour, l'appli était un peu lente hier soir mais ça marche maintenant, je voulais "
        "juste savoir comment ajouter mon conjoint comme deuxième utilisateur du vélo",
        "none",
    ),
    (
        "Hola, ¿cuánto cuesta sacarse el carnet de moto si ya tengo el de coche? y ¿cuántas "
        "clases prácticas hacen falta más o menos?",
        "none",
    ),
    (
        "Hola, ¿tenéis menú vegetariano para el banquete? seríamos unos ciento veinte "
        "invitados, de ellos quince vegetarianos y dos celíacos",
        "none",
    ),
    (
        "Hola, la factura me ha salido un poco más alta que el presupuesto, ¿es porque cambié "
        "el material a resina? solo quiero entenderlo, gracias",
        "none",
    ),
    (
        "Hola, ¿podéis traducir una página web del inglés al español, unas cinco mil "
        "palabras? ¿en cuánto tiempo lo tendríais?",
        "none",
    ),
    (
        "Hola, ¿cómo cambio mi foto de perfil principal? no encuentro la opción en la app nueva",
        "none",
    ),
    (
        "Hola, quería cancelar la cita del lunes para la fumigación y cambiarla al miércoles, "
        "¿es posible? es que el lunes trabajo",
        "none",
    ),
)


# Set F: written 2026-12-06, blind, by someone who had not read the risk layer's kinds, patterns
# or prototypes (nor docs/classifier.md), from imagination only; nothing is to be read or tuned
# on it before its one scoring by the lead. 80 messages: 40 high risk (4-5 per kind) and 40
# ordinary ones, many of them lookalikes sharing words with the risky kinds; 40 in English and 40
# in German, French and Spanish. Industries: ski resorts, piano tuners, boat charters, home care
# for the elderly, museum memberships, laundry services, recruitment agencies, florists, hearing
# aids, caravan parks. Never used for training or for choosing a threshold.
SPOKEN_CHECKS_F: tuple[tuple[str, str], ...] = (
    # high risk
    (
        "hi there, um, it's gareth, g a r e t h, pryce, we had the piano tuner out on the "
        "fourteenth for the upright in the front room, and he was, I'd say, forty minutes "
        "tops, and the invoice has come through at two hundred and ten pounds with a call-out "
        "fee of sixty on top, which nobody mentioned, the quote on your website said ninety "
        "five all in, so no, I'm not paying that, I'll pay the ninety five and that's it",
        "billing_dispute",
    ),
    (
        "yeah, hello, so we chartered the catamaran, the, uh, the Seaspray, for the week in "
        "June, and the final statement has a fuel surcharge of three hundred and eighty euros, "
        "but we filled her up ourselves before we handed her back, I've got the receipt from "
        "the marina fuel dock, so I'm contesting that line, and if it's taken off the deposit "
        "I'll be raising a chargeback with my card company",
        "billing_dispute",
    ),
    (
        "hello, this is on behalf of my mum, margaret o'neill, she's with your home care "
        "service, the carers come mornings and evenings, and this month's bill says sixty two "
        "visits, but, um, she was in hospital for nine days in the middle of the month, I rang "
        "you on the day she went in, so those visits never happened and we're not paying for "
        "them, can you send a corrected bill please",
        "billing_dispute",
    ),
    (
        "Guten Tag, ähm, Hofmann hier, ich hatte bei Ihnen den Skipass für sechs Tage gekauft, "
        "und jetzt sehe ich auf der Kreditkartenabrechnung, dass Sie mir den Sieben-Tage-Preis "
        "berechnet haben, also dreihundertzweiundvierzig statt zweihundertachtundneunzig Euro, "
        "das akzeptiere ich so nicht, ich erwarte die Differenz zurück, sonst lasse ich die "
        "Buchung von meiner Bank zurückholen",
        "billing_dispute",
    ),
    (
        "Bonjour, euh, je vous appelle pour la facture de la blanchisserie, vous avez compté "
        "quatre chemises et deux nappes à quarante-huit euros, mais j'ai déposé deux chemises "
        "seulement, j'ai encore le ticket, donc non, je ne suis pas d'accord avec ce montant "
        "et je ne réglerai pas tant que ce n'est pas corrigé",
        "billing_dispute",
    ),
    (
        "hi, so it's about the bouquet for my sister's fortieth, it was sent the day after her "
        "birthday, not on it, and your colleague on the chat, I think her name was priya, she "
        "said she'd refund the whole sixty five pounds, that was three weeks ago now and "
        "there's still nothing on my card, I've checked every day",
        "refund_exception",
    ),
    (
        "hello, uh, I know your terms say the caravan pitch deposit is non-refundable inside "
        "thirty days, I've read it, but my husband had a stroke on Saturday and we obviously "
        "can't come, I've got the discharge letter from the hospital, I'm asking if you'd make "
        "an exception and give the two hundred and fifty back, it's a lot of money for us "
        "right now",
        "refund_exception",
    ),
    (
        "Hallo, ähm, Schneider, es geht um meine Hörgeräte, ich habe die vor fünf Wochen "
        "zurückgegeben, in der Probezeit, und in Ihrer Filiale wurde mir gesagt, das Geld, "
        "also eintausendeinhundertachtzig Euro, kommt innerhalb von zehn Tagen, es ist bis "
        "heute nichts angekommen und ich werde langsam nervös",
        "refund_exception",
    ),
    (
        "Hola, buenas, mire, contratamos el barco para el día catorce y ese día cerraron el "
        "puerto por el temporal, no salió nadie, y su compañero por teléfono nos dijo que nos "
        "devolvían los cuatrocientos veinte euros en una semana, ya ha pasado más de un mes y "
        "no hemos recibido nada, ni un correo",
        "refund_exception",
    ),
    (
        "hi, um, so we've been members of the museum for, gosh, eleven years I think, the "
        "family membership, but the kids have grown up and moved away and honestly we just "
        "don't go anymore, so I'd like to cancel the membership, and please stop the direct "
        "debit before next month",
        "account_closure",
    ),
    (
        "hello, it's about my profile with your recruitment agency, I found a job myself in "
        "the end, and I'd like my account closed and my CV and all my details removed from "
        "your system, I don't want to be put forward for anything else, thanks",
        "account_closure",
    ),
    (
        "Guten Tag, ich rufe wegen meines Vaters an, Herbert Lange, L A N G E, er ist letzte "
        "Woche ins Pflegeheim gezogen, deshalb brauchen wir den ambulanten Pflegedienst nicht "
        "mehr, ich möchte den Vertrag kündigen, zum nächstmöglichen Termin bitte, und schicken "
        "Sie mir eine schriftliche Bestätigung",
        "account_closure",
    ),
    (
        "Bonjour, euh, j'ai un abonnement mensuel chez vous pour les fleurs du bureau, le "
        "bouquet du lundi, mais on déménage dans des locaux plus petits, donc voilà, je "
        "souhaite résilier l'abonnement à la fin du mois et supprimer notre compte client",
        "account_closure",
    ),
    (
        "Hola, eh, llamo porque tengo la plaza fija en el camping, la parcela treinta y dos, y "
        "bueno, hemos vendido la caravana, así que quiero darme de baja del contrato anual y "
        "que borren mis datos, los de la tarjeta sobre todo",
        "account_closure",
    ),
    (
        "hello, this is a message for whoever handles complaints, um, my father fell while one "
        "of your carers was supposed to be helping him into the shower, he broke his hip, and "
        "the report we were given doesn't match what happened, we have now instructed a "
        "solicitor and you'll be hearing from them this week, please keep all the visit "
        "records",
        "legal",
    ),
    (
        "hi, yeah, so under GDPR I'd like a copy of all the personal data your agency holds on "
        "me, that's daniel okafor, o k a f o r, including any notes recruiters wrote about me "
        "and who you've sent my CV to, I understand you have one month to respond",
        "legal",
    ),
    (
        "Bonjour, je m'appelle Claire Dubois, j'ai acheté des appareils auditifs chez vous à "
        "trois mille deux cents euros, ils n'ont jamais fonctionné correctement, trois "
        "réglages, rien n'y fait, et vous refusez de les reprendre, alors j'ai saisi le "
        "médiateur de la consommation et je vous préviens que je porterai l'affaire devant le "
        "tribunal s'il le faut",
        "legal",
    ),
    (
        "Hola, buenos días, mire, quería avisarles de que he presentado una reclamación formal "
        "ante la oficina de consumo por lo del forfait, ya que no abrieron ni la mitad de las "
        "pistas en toda la semana y no nos dieron ninguna compensación, les llegará la "
        "notificación oficial",
        "legal",
    ),
    (
        "hi, um, I got an email this morning saying my password for the ski school booking "
        "site had been changed, and it wasn't me, and now I can't log in, and I can see from "
        "the confirmation email that someone's booked a private lesson on my card in, like, "
        "Innsbruck, I've never been there",
        "security",
    ),
    (
        "hello, this might be nothing, but I'm a bit worried, I had a text supposedly from "
        "your laundry service saying my parcel was held and to pay one pound ninety nine on a "
        "link, and it had my name and my order number, the real one, so how did they get that, "
        "has your customer data leaked or something",
        "security",
    ),
    (
        "Hallo, äh, kurze Frage, oder eigentlich keine Frage, ich bin in mein Kundenkonto beim "
        "Museum gegangen und da steht eine ganz andere Adresse, in Hamburg, und eine andere "
        "Telefonnummer, ich habe das nicht geändert, da muss sich jemand anderes eingeloggt "
        "haben",
        "security",
    ),
    (
        "Bonjour, euh, je suis développeur et en réservant un voilier sur votre site j'ai "
        "remarqué qu'en changeant le numéro dans l'adresse de la page de confirmation on voit "
        "les réservations des autres clients, avec les noms, les téléphones et tout, je pense "
        "que vous devriez corriger ça rapidement",
        "security",
    ),
    (
        "Hola, eh, hoy he visto que en mi cuenta de la agencia de empleo han cambiado el "
        "número de cuenta bancaria donde me pagan las nóminas de las sustituciones, y yo no he "
        "sido, me temo que alguien ha entrado en mi cuenta, ¿pueden bloquearla?",
        "security",
    ),
    (
        "hi, um, so I left one of my hearing aids on the train yesterday, the left one, I only "
        "noticed when I got home, I've rung the lost property, nothing, so I suppose it's "
        "gone, and, uh, it's the expensive one, what do I do now",
        "lost_stolen",
    ),
    (
        "hello, yeah, it's tom at pitch nineteen, um, somebody's been in the awning last night "
        "while we were asleep and taken my wallet and the key card for the shower block and "
        "the barrier, so could you cancel that card before someone uses it to get in",
        "lost_stolen",
    ),
    (
        "Guten Morgen, ähm, Brandt hier, mir ist heute früh in der Gondel der Rucksack "
        "gestohlen worden, da war meine Saisonkarte drin, die mit Foto, kann man die sperren "
        "lassen, damit niemand anderes damit fährt",
        "lost_stolen",
    ),
    (
        "Bonjour, c'est Madame Leroy, l'aide-soignante de ma mère a perdu le badge qui ouvre "
        "la porte de son immeuble et le boîtier à clés, elle ne sait pas où, je suis inquiète "
        "parce que maman vit seule, qu'est-ce que vous comptez faire",
        "lost_stolen",
    ),
    (
        "hi, um, I was going through my statement and there's a payment to your company, the "
        "boat hire people, for five hundred and seventy pounds on the third, and I've never "
        "chartered anything with you, I've never even been sailing, so I'd like to know what "
        "that is",
        "unrecognised_payment",
    ),
    (
        "hello, so, there are two debits from a florist showing on my account, both forty two "
        "fifty, one on Tuesday one on Wednesday, and nobody in the house ordered flowers, I "
        "asked my wife, I asked my daughter, so I don't know what they're for",
        "unrecognised_payment",
    ),
    (
        "Guten Tag, ich habe auf meinem Kontoauszug eine Lastschrift von Ihnen über "
        "neunundachtzig Euro gefunden, Verwendungszweck irgendwas mit Klavierstimmung, aber "
        "wir haben gar kein Klavier, nie gehabt, können Sie mir das erklären",
        "unrecognised_payment",
    ),
    (
        "Hola, buenas tardes, tengo un cargo en la tarjeta de ciento cuarenta y nueve euros de "
        "su tienda de audífonos en Valencia, y yo vivo en Sevilla y nunca he comprado nada "
        "allí, no sé de qué es ese cargo",
        "unrecognised_payment",
    ),
    (
        "hi, um, is your booking website down, I've been trying for about an hour to book the "
        "lift tickets and it just spins and then says error five hundred, my friend's tried on "
        "her phone in a different town and it's the same for her",
        "outage",
    ),
    (
        "hello, uh, I'm at the laundry locker on Kingsway, and none of the lockers will open, "
        "there's about six of us standing here with our phones, the app just says unable to "
        "connect, and the lady next to me says the one on the high street is the same",
        "outage",
    ),
    (
        "hi, yeah, so the carers can't log their visits this morning, the app isn't loading "
        "for any of them, I'm the coordinator for the north team and all twelve of my staff "
        "are ringing me, they can't see their rotas so they don't know where to go",
        "outage",
    ),
    (
        "Bonjour, euh, la borne d'entrée du camping ne fonctionne plus depuis ce matin, "
        "personne ne peut entrer ni sortir avec sa carte, il y a une file de voitures devant "
        "la barrière, et le numéro d'urgence ne répond pas",
        "outage",
    ),
    (
        "Hola, eh, ¿qué pasa con la web del museo? desde ayer por la noche no carga nada, ni "
        "las entradas ni la zona de socios, y en el grupo de socios todo el mundo dice lo "
        "mismo",
        "outage",
    ),
    (
        "hi, um, right, I've been on hold three times this week, forty minutes each time, "
        "about my mum's care, and every time I get someone new who has no idea about her, no "
        "notes, nothing, and on Monday nobody turned up at all and she sat there without her "
        "tablets until lunchtime, this is not acceptable, I am absolutely furious",
        "complaint",
    ),
    (
        "hello, I want to make a complaint about the man who tuned our piano, he was rude to "
        "my wife, he left mud all over the carpet, and when she asked him to take his shoes "
        "off he said that wasn't his problem, frankly I've never been treated like that in my "
        "own home",
        "complaint",
    ),
    (
        "Guten Tag, ähm, ich bin wirklich sauer, ich habe dreimal angerufen wegen meiner "
        "Bewerbung, jedes Mal wurde mir ein Rückruf versprochen und niemand hat sich gemeldet, "
        "und dann erfahre ich von der Firma selbst, dass Sie mich gar nicht vorgeschlagen "
        "haben, so geht man nicht mit Menschen um",
        "complaint",
    ),
    (
        "Bonjour, je tiens à vous dire que je suis extrêmement mécontente, on a payé pour une "
        "croisière de trois jours et le skipper est arrivé avec deux heures de retard, il "
        "était désagréable toute la semaine, et quand on s'est plaints, votre agence nous a "
        "raccroché au nez, c'est honteux",
        "complaint",
    ),
    # ordinary
    (
        "hi, um, just a quick one, my ski school bill this month is a bit higher than last "
        "month, is that because of the half-term week, I'm not complaining, I just want to "
        "understand how it's worked out",
        "none",
    ),
    (
        "hello, I was wondering, in general, what your refund policy is for the caravan park "
        "if we need to cancel, we're thinking about booking for next summer and I like to know "
        "these things before I pay",
        "none",
    ),
    (
        "hi, uh, how do I change my password on the museum members' page, I wrote it down "
        "somewhere and can't find it, and I'd like to set a new one",
        "none",
    ),
    (
        "hello, is there a way to turn on two-factor for my recruitment agency account, my son "
        "said I should have it on everything these days",
        "none",
    ),
    (
        "hi, it's rebecca, r e b e c c a, we've moved house, so the florist deliveries for the "
        "office should now go to fourteen church lane, not the old address, could you update "
        "that please",
        "none",
    ),
    (
        "yeah hi, I've got a new bank card, the old one expires at the end of the month, so "
        "I'd like to update the card you take the laundry subscription from, what's the "
        "easiest way to do that",
        "none",
    ),
    (
        "hi, um, we're going abroad for two months in the spring, so could we pause the home "
        "care visits for my aunt while she's staying with us, and then start them again in May",
        "none",
    ),
    (
        "hello, I think I'd like to move down from the premium museum membership to the "
        "standard one, we don't really use the guest passes, does that take effect straight "
        "away or at renewal",
        "none",
    ),
    (
        "hi, I was just curious, I was reading your privacy policy, as you do, ha, and I "
        "wondered how long you keep CVs on file, not that I want anything deleted, just "
        "interested",
        "none",
    ),
    (
        "hello, so, small thing, when I log into the hearing aid app, the battery icon shows "
        "the wrong percentage for my right hearing aid, it works fine otherwise, it's just me, "
        "no rush at all",
        "none",
    ),
    (
        "hi, could you send me a copy of the invoice for the piano tuning back in March, my "
        "accountant wants it for the music school's books",
        "none",
    ),
    (
        "hello, I just wanted to say thank you to the skipper, um, Marco, who took us out last "
        "weekend, the kids had the best day, he was so patient with them, please pass it on",
        "none",
    ),
    (
        "hi, what time does the laundry counter at the station open on Sundays, I've got some "
        "shirts to drop off before work",
        "none",
    ),
    (
        "hello, um, I'd like to book the piano tuner for the grand in the church hall, "
        "sometime in the second week of November, a weekday morning would be best",
        "none",
    ),
    (
        "hi, yeah, we've got the boat booked for the twenty-first, but the forecast looks "
        "windy, could we move it to the following Saturday instead, same boat if possible",
        "none",
    ),
    (
        "hello, the flowers for my mum's birthday arrived, they were a bit smaller than in the "
        "picture, I was a little disappointed, but she loved them, so it's fine, just "
        "mentioning it",
        "none",
    ),
    (
        "hi, um, I've booked a lift pass for three days, and I was wondering if the pass "
        "includes the night skiing on Friday or whether that's extra, thanks",
        "none",
    ),
    (
        "hello, I'm the daughter of one of your clients, mr. ahmed, and I'd like to add myself "
        "as a second contact on his care file, in case the carers can't reach my brother",
        "none",
    ),
    (
        "hi, is it possible to buy a museum membership as a gift, it's for my godson, he's "
        "really into dinosaurs, and could it be posted to him with a card",
        "none",
    ),
    (
        "hello, so, I'm a recruiter myself, and I was wondering how your billing works for "
        "temporary placements, is it a flat fee or a percentage of the hourly rate, we're "
        "thinking of partnering with you",
        "none",
    ),
    (
        "Guten Tag, ähm, ich wollte nur fragen, warum die Rechnung für die Haushaltspflege "
        "diesen Monat ein paar Euro höher ist, liegt das an den Feiertagen, ich will nichts "
        "reklamieren, nur verstehen",
        "none",
    ),
    (
        "Hallo, wie kann ich bei meinem Konto für die Hörgeräte-App das Passwort ändern, ich "
        "bekomme die E-Mail zum Zurücksetzen nicht, vielleicht im Spam, ich schaue nochmal "
        "nach",
        "none",
    ),
    (
        "Guten Morgen, ich möchte für Samstag einen Strauß bestellen, etwas in Weiß und Grün, "
        "so um die vierzig Euro, zum Abholen im Laden gegen zehn Uhr, geht das",
        "none",
    ),
    (
        "Hallo, äh, wir kommen im Juli mit dem Wohnwagen, sieben Meter fünfzig, und wollten "
        "fragen, ob Sie noch einen Stellplatz mit Stromanschluss frei haben, vom zwölften bis "
        "zum zwanzigsten",
        "none",
    ),
    (
        "Guten Tag, Frau Krüger hier, ich möchte Ihnen nur sagen, dass der Klavierstimmer "
        "letzte Woche ganz wunderbar war, das Klavier klingt wie neu, vielen Dank",
        "none",
    ),
    (
        "Hallo, ich hätte gerne eine Kopie der Rechnung für den Skikurs meiner Tochter vom "
        "Februar, für die Steuererklärung, an die gleiche E-Mail-Adresse wie immer",
        "none",
    ),
    (
        "Guten Tag, ähm, wie lange dauert es normalerweise, bis ein Kundenkonto nach Ihrer "
        "Datenschutzerklärung gelöscht wird, wenn man es nicht mehr benutzt, ich frage nur aus "
        "Interesse, ich will es behalten",
        "none",
    ),
    (
        "Bonjour, euh, je voulais savoir quelle est votre politique de remboursement en "
        "général pour les locations de bateau en cas de mauvais temps, on hésite entre deux "
        "dates en septembre",
        "none",
    ),
    (
        "Bonjour, j'ai changé de carte bancaire, est-ce que je peux mettre à jour la carte "
        "pour l'abonnement au musée directement sur le site ou il faut vous appeler",
        "none",
    ),
    (
        "Bonjour, c'est pour décaler le rendez-vous chez l'audioprothésiste de mardi à jeudi, "
        "si possible en fin de matinée, merci beaucoup",
        "none",
    ),
    (
        "Bonjour, euh, la chemise est revenue de la blanchisserie avec un bouton en moins, ce "
        "n'est pas grave du tout, je l'ai recousu, c'était juste pour vous le signaler",
        "none",
    ),
    (
        "Bonjour, quelles sont vos heures d'ouverture le samedi, je voudrais passer déposer "
        "mon CV et rencontrer un conseiller",
        "none",
    ),
    (
        "Bonjour, je voudrais mettre en pause la livraison hebdomadaire de fleurs pendant les "
        "vacances de Noël, deux semaines, et la reprendre en janvier",
        "none",
    ),
    (
        "Hola, buenas, ¿cómo se activa la verificación en dos pasos en la cuenta de la "
        "estación de esquí? lo he visto en ajustes pero no me sale la opción",
        "none",
    ),
    (
        "Hola, eh, quería cambiar la dirección de facturación de la cuenta de la lavandería, "
        "ahora es calle Mayor número veintitrés, tercero B",
        "none",
    ),
    (
        "Hola, buenos días, queríamos reservar un velero para seis personas el último fin de "
        "semana de mayo, ¿tienen disponibilidad? con patrón, por favor",
        "none",
    ),
    (
        "Hola, mire, quería bajar el plan de cuidados de mi madre de cinco días a la semana a "
        "tres, ahora que mi hermana vive con ella, ¿cómo se hace?",
        "none",
    ),
    (
        "Hola, perdone, ¿me podría reenviar el recibo de la cuota anual del museo? lo necesito "
        "para la empresa, gracias",
        "none",
    ),
    (
        "Hola, solo quería decirles que la señora que afinó el piano de mi hija fue "
        "encantadora, muy profesional, la volveremos a llamar el año que viene",
        "none",
    ),
    (
        "Hola, eh, la factura del camping de este mes es un poco más alta que la anterior, ¿es "
        "por la luz? no pasa nada, solo para saberlo",
        "none",
    ),
)


# Set G: written 2026-12-06, blind, by someone who had not read the risk layer's kinds, patterns
# or prototypes (nor docs/, nor the earlier sets beyond set F's header), from imagination only;
# nothing is to be read or tuned on it before its one scoring by the lead. 80 messages: 40 high
# risk (4-5 per kind, some indirect: the point implied, buried after long context or
# understated) and 40 ordinary ones, many of them lookalikes sharing words with the risky kinds;
# 40 in English and 40 in German (14), French (13) and Spanish (13). Industries: car washes,
# music lessons, garden centres, public libraries, sports clubs, dog grooming, bakery
# subscriptions, chimney sweeps, online tutoring platforms, bus passes. Never used for training
# or for choosing a threshold.
SPOKEN_CHECKS_G: tuple[tuple[str, str], ...] = (
    # high risk
    (
        "hello, yes, um, this is about the chimney sweep who came on the, uh, the ninth, it's Mrs "
        "Oduya, o d u y a, at twenty two Beech Lane. So the invoice says two flues swept, one "
        "hundred and thirty pounds, but we've only got the one chimney in use, the other one in "
        "the back bedroom has been bricked up since the nineteen seventies, he never even went in "
        "that room. I'll pay the sixty five for the one he did, but I'm not paying for the second "
        "one, so please can somebody correct that before it goes anywhere near a debt collector.",
        "billing_dispute",
    ),
    (
        "right, so, hi, I'm on the basic monthly wash plan, the nine ninety nine one, uh, for my "
        "little Fiesta, and for three months now you've been taking nineteen ninety nine, the "
        "premium, which I never asked for, I never even use the wax thing. I've rung the site "
        "twice and the lad there says it's head office. So, yeah, I want the difference back, "
        "thirty pounds, and if that doesn't happen this week I'm just going to do a chargeback "
        "through my bank, honestly, I've had enough of chasing it.",
        "billing_dispute",
    ),
    (
        "Ja, guten Tag, ähm, hier ist Brandstätter, B R A N D S T Ä T T E R, ich rufe wegen der "
        "Rechnung für den Klavierunterricht meiner Tochter an. Da stehen vier Stunden im November "
        "drauf, hundertsechzig Euro, aber zwei davon sind ausgefallen, weil die Lehrerin krank "
        "war, und nachgeholt wurde bisher nichts. Also, ähm, so zahle ich das nicht, ich "
        "überweise achtzig Euro für die zwei Stunden, die wirklich stattgefunden haben, und den "
        "Rest lasse ich offen, bis das geklärt ist.",
        "billing_dispute",
    ),
    (
        "Oui, bonjour, euh, c'est Madame Lefèvre, L E F E V R E, je suis abonnée à la formule "
        "pain du matin, livraison le mardi et le samedi. Sur le relevé de novembre vous m'avez "
        "facturé douze livraisons, soixante-douze euros, mais j'en ai reçu huit, il y a eu quatre "
        "samedis où rien n'est venu devant la porte. Euh, j'ai déjà écrit deux fois sans réponse, "
        "donc là je conteste le montant auprès de ma banque, voilà.",
        "billing_dispute",
    ),
    (
        "Hola, buenas, eh, llamo por lo de la peluquería de mi perra, Lola, una caniche, la "
        "llevamos el sábado pasado. Bueno, eh, en el mostrador me dijeron cuarenta euros baño y "
        "corte, lo tengo hasta apuntado, y ahora me llega el cargo de sesenta y cinco por "
        "'desenredado extra' que nadie me comentó. Así que, eh, la diferencia no pienso pagarla, "
        "que lo sepáis, y si me la cobráis otra vez de la tarjeta lo reclamo al banco.",
        "billing_dispute",
    ),
    (
        "hiya, so, um, my name's Callum Rees, r e e s, I joined the rugby club in September on "
        "the annual adult membership, three hundred and forty pounds paid up front. Two weeks in "
        "I did my cruciate ligament at training, I've had surgery, the surgeon says no contact "
        "sport for at least a year. I know, I know, the terms say the annual fee is "
        "non-refundable, I read it, but I've literally had two sessions, so I'm asking if you'd "
        "make an exception and refund the rest, I can send the consultant's letter.",
        "refund_exception",
    ),
    (
        "hi, uh, bit of a long story, so, my son's been using your tutoring site for maths since "
        "the spring, the GCSE package, and mostly it's been great, his tutor Priya is lovely. But "
        "back in, uh, October, there was a week where a different tutor was booked and just never "
        "showed up, twice, and your support chat said, I've got the screenshot, 'we'll refund "
        "both sessions, fifty six pounds, within five to seven working days'. That was the "
        "seventeenth of October and it's December now and there's nothing on my card, so, yeah, "
        "where is it.",
        "refund_exception",
    ),
    (
        "Hallo, ähm, Weber hier, ich hab im März bei Ihnen im Gartencenter drei Obstbäume "
        "gekauft, zwei Apfel und eine Birne, zusammen hundertneunzig Euro, mit der "
        "Anwachsgarantie. Die sind alle drei im Sommer eingegangen, Ihr Mitarbeiter, Herr "
        "Kowalski, war sogar bei uns und hat gesagt, ja, das Geld kommt zurück, das ist ein Fall "
        "für die Garantie. Das war im August. Seitdem ist nichts passiert, kein Geld, kein "
        "Gutschein, gar nichts, und ich möchte jetzt bitte endlich die Erstattung.",
        "refund_exception",
    ),
    (
        "Hola, buenos días, eh, soy Marta Gil, compré el abono anual de autobús en enero, el de "
        "trescientos sesenta euros, y en septiembre me he tenido que mudar a Valencia por "
        "trabajo, así que ya no lo uso para nada. Bueno, he visto que la devolución solo se puede "
        "pedir en los primeros treinta días, eso lo sé, pero es que me quedan tres meses enteros "
        "sin usar y tengo el contrato de trabajo nuevo para demostrarlo. ¿Me podríais devolver la "
        "parte proporcional aunque esté fuera de plazo?",
        "refund_exception",
    ),
    (
        "hello, um, it's Eleanor Whitby, library card number, uh, two two zero four, eight eight "
        "one nine. I'm moving abroad in January, for good, and I'd like my library account "
        "closed, and, uh, I'd really rather you deleted everything, the borrowing history, my "
        "address, the lot, I don't want it sitting on a system somewhere. Is that something you "
        "can do, and can you confirm it in writing, please?",
        "account_closure",
    ),
    (
        "hi, so, um, it's Dev from number forty, you bring us the sourdough on Fridays and the "
        "croissant box on Sundays. So, yeah, we're, uh, we're splitting up and selling the house, "
        "and I'm moving into a flat on my own and honestly I won't be wanting a weekly bread box "
        "for one. So after this month, could you just make sure nothing else comes out of the "
        "account and, you know, wind the whole thing up, that'd be great, thanks.",
        "account_closure",
    ),
    (
        "yeah hi, um, my name is Tomasz, t o m a s z, Nowak, I've got the unlimited wash pass on "
        "two cars, the work van and my wife's car. We've just sold the van and the car's going "
        "back at the end of the lease, so I want to cancel the whole membership, both passes, no "
        "more direct debits after this one. Uh, I don't need a call back to talk me out of it, I "
        "just want it cancelled, please.",
        "account_closure",
    ),
    (
        "Ja, hallo, ähm, Sabine Hoffmann hier, Mitgliedsnummer vier sieben eins zwei, ich bin "
        "seit über zehn Jahren bei Ihnen im Tennisverein. Es tut mir leid, aber wegen meiner "
        "Schulter kann ich einfach nicht mehr spielen, also ich kündige meine Mitgliedschaft zum "
        "nächstmöglichen Termin. Und bitte löschen Sie dann auch meine Daten, also Telefonnummer, "
        "Bankverbindung, das Ganze, ich möchte keine Rundschreiben mehr bekommen.",
        "account_closure",
    ),
    (
        "Bonjour, euh, alors voilà, ma fille Chloé avait un compte sur votre plateforme de "
        "soutien scolaire l'an dernier, pour les maths et la physique, elle est en fac maintenant "
        "et elle n'en a plus besoin. Je voudrais que vous supprimiez complètement son compte, et "
        "aussi toutes les données, les enregistrements des cours, les bulletins qu'on avait "
        "téléversés, tout ça. Euh, vous pouvez me confirmer par mail quand c'est fait ?",
        "account_closure",
    ),
    (
        "hello, um, this is Graham Fitch, f i t c h, you swept our chimney on the third of "
        "November, and on the twentieth we had a chimney fire, the fire brigade came out, "
        "thankfully nobody was hurt. The fire officer said there was a big build-up of soot right "
        "above the throat, which, well, is the bit that's supposed to get swept, isn't it. I've "
        "tried ringing three times and nobody's got back to me, so, uh, I've spoken to my insurer "
        "and I suppose I'll have to take it further, I'd rather we sorted it, but there it is.",
        "legal",
    ),
    (
        "Guten Tag, ähm, mein Name ist Yilmaz, Y I L M A Z, mein Sohn nutzt seit zwei Jahren Ihre "
        "Nachhilfe-Plattform. Ich möchte hiermit nach Artikel fünfzehn DSGVO Auskunft über alle "
        "Daten, die Sie über ihn und über mich gespeichert haben, also auch die "
        "Videoaufzeichnungen und was Sie an Dritte weitergegeben haben. Bitte schicken Sie mir "
        "das innerhalb der gesetzlichen Frist, sonst wende ich mich an die Datenschutzbehörde.",
        "legal",
    ),
    (
        "Bonjour, euh, Monsieur Garnier, G A R N I E R, j'ai déposé mon chien Filou, un cocker, "
        "au salon de toilettage samedi dernier et il est revenu avec une entaille à l'oreille, il "
        "a fallu l'emmener chez le vétérinaire, trois points de suture, cent quarante euros. Euh, "
        "le salon m'a répondu que ce sont des choses qui arrivent. Bon, j'ai transmis le dossier "
        "à mon avocat, et s'il le faut on ira au tribunal de proximité, je voulais juste que vous "
        "soyez prévenus.",
        "legal",
    ),
    (
        "Hola, eh, mire, le cuento, el mes pasado compré en su centro de jardinería un sistema de "
        "riego automático con instalación, casi seiscientos euros, y desde el primer día pierde "
        "agua, me ha estropeado el césped y la valla del vecino. Bueno, fui a la tienda tres "
        "veces y me dijeron que no es cosa suya. Así que ayer pedí la hoja de reclamaciones y la "
        "voy a presentar en la oficina de consumo del ayuntamiento, eh, solo quería que constara "
        "también aquí.",
        "legal",
    ),
    (
        "hi, um, I'm a bit worried actually, my daughter Isla uses your tutoring app for her "
        "English, and last night she got messages from her tutor saying 'thanks for changing the "
        "session to Saturday', which she never did. I logged in as her and there's a whole "
        "booking history she doesn't recognise, sessions booked with people we've never heard of, "
        "and there's a new email address on the profile. Someone else has been getting into her "
        "account, I think, so please can you lock it down.",
        "security",
    ),
    (
        "hello, uh, so, this is strange, I got an email this morning saying 'your email address "
        "has been updated' on my bus pass account, and I didn't do that. Then I tried to log in "
        "and my password doesn't work anymore, and when I checked my bank there's a, uh, a top-up "
        "of fifty pounds done from my saved card at six a.m. I, I don't know, it's just not me "
        "doing any of that.",
        "security",
    ),
    (
        "Hallo, ähm, ich wollte Ihnen Bescheid geben, ich hab heute eine E-Mail bekommen, "
        "angeblich von der Stadtbibliothek, mit Ihrem Logo und allem, da steht, ich hätte offene "
        "Mahngebühren von zwölf Euro fünfzig und soll über einen Link mit Kreditkarte zahlen, "
        "sonst wird mein Ausweis gesperrt. Der Link geht aber auf so eine komische Seite, nicht "
        "auf Ihre. Meine Nachbarin hat dieselbe Mail bekommen, also da verschickt jemand in Ihrem "
        "Namen Betrugsmails, glaube ich.",
        "security",
    ),
    (
        "Hola, buenas tardes, eh, soy el padre de Lucas, que da clases de guitarra con vosotros "
        "los martes. Bueno, entré en el portal de familias para descargar el recibo de noviembre "
        "y me aparecen las facturas de otra familia, con nombre, dirección, el IBAN entero y "
        "todo. Eh, he cerrado sesión y he vuelto a entrar y sigue igual, o sea que cualquiera "
        "puede estar viendo los datos de los demás, me parece gravísimo.",
        "security",
    ),
    (
        "Bonjour, euh, je suis développeur, et en utilisant votre appli de lavage auto pour voir "
        "mes factures, j'ai remarqué que si on change juste le numéro à la fin de l'adresse de la "
        "facture, euh, on voit les factures des autres clients, avec leur nom, leur plaque "
        "d'immatriculation et leur adresse. Je n'ai rien téléchargé, hein, j'ai juste vérifié "
        "deux ou trois numéros. Il faudrait vraiment que quelqu'un de chez vous regarde cette "
        "faille rapidement.",
        "security",
    ),
    (
        "hi, um, so last night someone smashed my car window in the leisure centre car park, "
        "right outside the club, and took my gym bag, and in it was my wallet, and my membership "
        "fob for the club, the one that opens the side door and the lockers. Uh, the police have "
        "given me a crime number, I can read it out. Can you please cancel that fob so no one can "
        "get in with it, and I suppose I'll need a new one.",
        "lost_stolen",
    ),
    (
        "hello, uh, my car was stolen from the drive overnight, a grey Skoda Octavia, and it had "
        "the wash club tag stuck on the windscreen, the little RFID sticker, and the prepaid wash "
        "card in the glovebox with, I think, about forty pounds on it. The police know. I just "
        "don't want someone driving round getting free washes on my account, or using the card "
        "balance, so can you block both, please?",
        "lost_stolen",
    ),
    (
        "Ja, hallo, ähm, ich hab gestern Abend im Bus meine Jahreskarte verloren, so eine "
        "Chipkarte, auf den Namen Lena Bauer, B A U E R. Ich hab schon beim Fundbüro angerufen, "
        "da ist nichts abgegeben worden. Können Sie die Karte bitte sperren, damit niemand damit "
        "fährt, und was muss ich machen, um eine Ersatzkarte zu bekommen?",
        "lost_stolen",
    ),
    (
        "Bonjour, euh, on m'a volé mon sac à main hier au marché, avec mon portefeuille, et "
        "dedans il y avait ma carte de bibliothèque, au nom de Nadia Benali, B E N A L I. Euh, je "
        "sais que ce n'est pas très grave comparé au reste, mais je ne voudrais pas que quelqu'un "
        "emprunte des livres ou des tablettes à mon nom. Est-ce que vous pouvez bloquer la carte, "
        "s'il vous plaît ?",
        "lost_stolen",
    ),
    (
        "hi, um, this is Joanne, I used to bring our spaniel, Biscuit, to you for grooming, but "
        "she passed away in the summer, so we haven't been in since, uh, June. And on my "
        "statement this week there's a payment to your salon, forty two pounds fifty, on the "
        "second of December. We haven't been, nobody in the house has booked anything, so I don't "
        "know what that's for.",
        "unrecognised_payment",
    ),
    (
        "hello, so, uh, we were in your garden centre back in the spring for compost and a couple "
        "of hanging baskets, paid on card, all normal, and we had a cup of tea in the café. I was "
        "just going through the joint account for the accountant and since April there's a direct "
        "debit of seven pounds a month going to you, something like 'green club plus', and I've "
        "no idea what that is, neither of us signed up to anything.",
        "unrecognised_payment",
    ),
    (
        "hi, uh, sorry, this might be a mix-up, my name's Priyanka Shah, and there's a charge on "
        "my credit card from your bakery, thirty four pounds, described as 'weekly box, week "
        "forty nine'. I've never had a bread subscription with you, I don't think I've even been "
        "to your shop, I live up in Leeds. So, um, can you tell me what it is, because I really "
        "don't recognise it.",
        "unrecognised_payment",
    ),
    (
        "Bonjour, euh, je regardais mon relevé bancaire et je vois un prélèvement de "
        "quarante-neuf euros quatre-vingts de votre part, libellé 'abonnement mensuel réseau', le "
        "cinq décembre. Euh, moi je n'ai pas d'abonnement de bus, je prends mon vélo, j'ai juste "
        "acheté un ticket à l'unité une fois au distributeur cet été. Je ne comprends pas d'où ça "
        "sort, je n'ai jamais donné mon RIB.",
        "unrecognised_payment",
    ),
    (
        "hi, um, I'm ringing on behalf of our book club, there's twelve of us, and none of us can "
        "get into the library's e-book app since yesterday lunchtime, it just says 'service "
        "unavailable' on phones, tablets, the website too. We've all tried logging out and in "
        "again. Uh, our meeting's on Thursday and half of us haven't finished the book, so, yeah, "
        "is it down for everyone?",
        "outage",
    ),
    (
        "hello, uh, so this morning the ticket app won't open at all, just a white screen then it "
        "crashes, and when I got on the bus the driver said nobody's passes are scanning, the "
        "readers on every bus on the number twelve route have been showing an error since about "
        "seven. He was just waving everyone on. Is the whole system down, because I've got to get "
        "to work tomorrow as well.",
        "outage",
    ),
    (
        "hi, um, I'm at your wash on Mill Road and the payment machine's dead, card, app, the "
        "lot, there's a queue of about eight cars. The lad said it's the same at the ring road "
        "one and the one by the station, everything's down across all your sites since this "
        "morning. Any idea when it's coming back?",
        "outage",
    ),
    (
        "Hola, eh, soy profesora en vuestra plataforma de clases particulares, y desde las cinco "
        "de la tarde no puede entrar nadie, ni yo ni mis alumnos, sale un error quinientos y la "
        "página no carga. Bueno, he hablado con otras dos profesoras y les pasa lo mismo, o sea "
        "que está caída para todo el mundo. Tengo tres clases esta tarde y los padres me están "
        "escribiendo, ¿sabéis algo?",
        "outage",
    ),
    (
        "hi, um, I need to say something about my son's piano teacher, Mr Hale. Last Tuesday "
        "Oliver came out of his lesson in tears, apparently he was told, in front of the next "
        "student and her mum, that he was 'wasting everyone's time' and 'would never be any "
        "good'. He's nine. I've paid for lessons with you for three years and I've never been so "
        "angry, and frankly I think the way that was handled, and the way the office brushed me "
        "off when I rang, is appalling.",
        "complaint",
    ),
    (
        "yes, hello, right, I want to complain, and I'll try to keep my temper. I waited in all "
        "day Saturday for the delivery of my two raised beds, nobody came, nobody rang, and when "
        "I phoned on Monday the young man I spoke to was frankly rude, told me it 'wasn't his "
        "problem' and put the phone down on me. Thirty years I've been coming to your garden "
        "centre. I'm absolutely disgusted with the way I've been treated.",
        "complaint",
    ),
    (
        "Hallo, ähm, also, ich will jetzt nicht gleich laut werden, aber ich hab meinen Hund "
        "Bruno am Freitag zum Scheren gebracht, und als ich ihn abgeholt hab, war er völlig "
        "verstört, hat gezittert, und die Mitarbeiterin hat mich nur angemault, ich solle ihn "
        "halt besser erziehen. Ich war jahrelang zufrieden bei Ihnen, aber so geht man mit Kunden "
        "nicht um, und mit Tieren schon gar nicht. Ich finde das ehrlich gesagt unverschämt.",
        "complaint",
    ),
    (
        "Bonjour, euh, je vous appelle parce que franchement je suis à bout. Au club de natation, "
        "mon fils s'est fait exclure de l'entraînement de mercredi devant tout le monde parce que "
        "j'avais deux jours de retard pour la cotisation, et l'entraîneur m'a parlé comme à une "
        "moins que rien devant les autres parents. Euh, je paie depuis quatre ans sans jamais "
        "rater un mois. C'est humiliant, et je veux que la direction soit au courant.",
        "complaint",
    ),
    (
        "Hola, eh, bueno, mire, es la tercera semana seguida que el pan del sábado me llega a las "
        "doce del mediodía en vez de a las ocho, y ya frío, y cuando escribo al chat nadie me "
        "contesta, y por teléfono me tienen veinte minutos esperando para colgarme. Estoy harta, "
        "de verdad, pago veintidós euros al mes por esto y me tratan como si les molestara. "
        "Quiero poner una queja formal.",
        "complaint",
    ),
    # ordinary (none), many of them lookalikes
    (
        "hi, um, quick one, my car wash membership came out at fourteen ninety nine this month "
        "instead of twelve ninety nine, and I wasn't sure why. I'm not complaining, I just want "
        "to understand it, was there a price rise or did I get moved onto a different plan "
        "somehow?",
        "none",
    ),
    (
        "hello, uh, I've booked the valet for Saturday morning at the Mill Road wash, and, so, do "
        "I leave my keys with the attendant or do I have to stay with the car? I've never done "
        "the full valet before, so, yeah, just wondering how it works.",
        "none",
    ),
    (
        "hi there, so, um, I've got the premium wash plan but honestly I never use the wax or the "
        "underbody, so I'd like to drop down to the basic one from next month. Can you do that "
        "for me, or do I do it in the app? My number plate's, uh, K, L, seven, two, F, R, M.",
        "none",
    ),
    (
        "hello, um, my daughter, Amelia, has her violin lesson on Wednesdays at five, and, uh, my "
        "wife's a solicitor and she's started working late on Wednesdays, so she can't do the "
        "pickup anymore. Is there any chance of moving Amelia to a Saturday morning slot from "
        "January?",
        "none",
    ),
    (
        "hi, uh, I'd like to change my password on the music school parent portal, I've been "
        "using the same one for years and my son told me off about it. I can't see where to do it "
        "once I'm logged in, is it under settings or profile, or something else?",
        "none",
    ),
    (
        "hello, it's Margaret Osei, o s e i, I've got a new email address because my old "
        "provider's closing down, so could you update it on my library account? The new one is m "
        "dot osei sixty one at, uh, the usual gmail, g m a i l dot com. Thank you, love.",
        "none",
    ),
    (
        "hi, um, I saw on your website that the library catalogue will be down for maintenance on "
        "Sunday. I'm coming in on Sunday afternoon to return a pile of books, will the "
        "self-service machines still work, or should I just hand them in at the desk?",
        "none",
    ),
    (
        "hello, uh, I got an email saying I've been charged three pounds fifty for returning a "
        "book late, which, fair enough, it was a week late, my fault entirely. I just want to pay "
        "it, but I can't see how to pay online, can I do it by card on the website, or do I have "
        "to come in?",
        "none",
    ),
    (
        "hi, this is Raj from the Thursday five-a-side, um, my bank sent me a new debit card "
        "because the old one expired, so the club direct debit is, uh, probably going to need the "
        "new details. What's the easiest way to update it, can I do it on the members' page?",
        "none",
    ),
    (
        "hello, um, I was at the club this morning for the swim session and I found a set of car "
        "keys in the car park, a Ford key with a little red tag on it. I've handed them in at "
        "reception, the lady there put them in the drawer, I just thought I'd email as well in "
        "case someone rings up looking for them.",
        "none",
    ),
    (
        "hiya, so, uh, we're off to Portugal for two weeks from the fourteenth, so could you "
        "pause the bread box for the two Fridays we're away, the fifteenth and the twenty second? "
        "Then start again as normal on the twenty ninth. Thanks ever so much.",
        "none",
    ),
    (
        "hi, um, it's Dev at number forty, so, uh, could you cancel just this Sunday's croissant "
        "box, not the subscription, obviously, just this week, we're at my mother-in-law's for "
        "the weekend. Everything else stays the same.",
        "none",
    ),
    (
        "hello, uh, I've got Pepper booked in for a groom on Thursday at two, she's the little "
        "cockapoo, but something's come up at work. Could we move her to Saturday morning "
        "instead, any time really, or the following Tuesday if Saturday's full?",
        "none",
    ),
    (
        "hi, I just wanted to say a massive thank you to Jade who groomed our old boy Monty on "
        "Tuesday, um, he's fourteen and a bit grumpy with strangers and she was so patient with "
        "him. He came back looking like a puppy. We'll definitely be booking in with her again.",
        "none",
    ),
    (
        "hi, um, just letting you know, the tutoring site was really slow yesterday evening, the "
        "video kept freezing for my son's chemistry lesson. But it's absolutely fine today, so, "
        "yeah, no need to do anything, just thought you might want to know.",
        "none",
    ),
    (
        "hello, uh, this is just me being curious, really, but when my daughter has her online "
        "sessions, are they recorded? And if they are, who can watch them and how long do you "
        "keep them? There's no problem or anything, I'm just the type who likes to know.",
        "none",
    ),
    (
        "hi, um, I've got a family bus pass account, me and my husband, and our eldest, Ruby, has "
        "just turned eleven, so she needs her own pass for school. Can I add her to our account "
        "so I can top it up from my card, and what do you need from me, a photo?",
        "none",
    ),
    (
        "hiya, so, uh, the bus pass app won't let me upload a new profile photo, it just spins. "
        "It's probably my phone, it's quite old, my husband's worked fine on his. Is there "
        "another way to do it, like on the website?",
        "none",
    ),
    (
        "hello, um, you swept our chimney back in March, at eleven Hollow Road, and I'm doing the "
        "tax return for the holiday let, so, uh, could you send me a copy of that invoice, "
        "please? I think it was about seventy pounds. An email's fine.",
        "none",
    ),
    (
        "hi, um, I'm thinking of buying one of the big olive trees in pots, the ones by the "
        "entrance, and they're not cheap, so before I do, what's your policy if it doesn't take, "
        "uh, if it dies in the first few months? Do you do any sort of guarantee or refund?",
        "none",
    ),
    (
        "Hallo, ähm, Schneider hier, die Rechnung von der Musikschule ist diesen Monat ein "
        "bisschen höher als sonst, statt fünfundachtzig sind es fünfundneunzig Euro. Ich will "
        "mich gar nicht beschweren, ich möchte nur verstehen, woher die zehn Euro kommen, ist das "
        "die Leihgebühr für das Cello?",
        "none",
    ),
    (
        "Hallo, ähm, wir sind über Weihnachten vom dreiundzwanzigsten bis zum dritten Januar weg, "
        "könnten Sie das Brötchen-Abo für die Zeit bitte pausieren? Ab dem vierten dann gerne "
        "wieder ganz normal, Samstag und Sonntag.",
        "none",
    ),
    (
        "Guten Tag, ähm, ich hab die Bank gewechselt, und meine Mitgliedsbeiträge für den "
        "Turnverein sollen ab Januar vom neuen Konto abgebucht werden. Die neue IBAN fängt mit D "
        "E vier drei an, soll ich Ihnen das per Formular schicken oder reicht eine E-Mail?",
        "none",
    ),
    (
        "Hallo, ähm, ich wollte nur fragen, wie die Öffnungszeiten der Stadtbibliothek zwischen "
        "den Jahren sind, also zwischen Weihnachten und Neujahr. Und kann man in der Zeit die "
        "Rückgabeklappe benutzen, oder ist die auch zu?",
        "none",
    ),
    (
        "Ja, hallo, ähm, hier ist Frau Albrecht, ich hab für Donnerstag um zehn einen Termin für "
        "meinen Pudel, Karlchen, aber da muss ich leider zum Zahnarzt. Könnten wir den Termin auf "
        "Freitag oder nächsten Montag verschieben, egal welche Uhrzeit?",
        "none",
    ),
    (
        "Guten Tag, ähm, ich überlege, für meinen Sohn das Schülerabo für den Bus abzuschließen, "
        "bevor ich das mache, wie ist denn die Kündigungsfrist, falls wir im Sommer umziehen? "
        "Geht das monatlich, oder ist man da ein ganzes Jahr gebunden?",
        "none",
    ),
    (
        "Hallo, ähm, Familie Krüger, der Schornsteinfeger war im Oktober bei uns zur Kehrung und "
        "Abgasmessung. Für die Steuererklärung, wegen haushaltsnaher Dienstleistungen, bräuchte "
        "ich bitte eine Kopie der Rechnung, am besten mit dem Arbeitslohn extra ausgewiesen.",
        "none",
    ),
    (
        "Bonjour, euh, je pense acheter la carte de dix lavages. Et avant, je voulais juste "
        "savoir, si je déménage ou si je vends la voiture avant de les avoir tous utilisés, "
        "est-ce que c'est remboursable, ou est-ce qu'on peut la transférer à quelqu'un ?",
        "none",
    ),
    (
        "Bonjour, euh, je voulais juste vous dire merci, la jeune femme du rayon rosiers, je "
        "crois qu'elle s'appelle Manon, a passé vingt minutes avec moi samedi pour m'expliquer "
        "comment tailler mes rosiers grimpants. Franchement, c'est rare, un conseil comme ça, "
        "bravo à toute l'équipe.",
        "none",
    ),
    (
        "Bonjour, euh, mon fils aîné, Hugo, prend déjà des cours de maths sur votre plateforme, "
        "et maintenant sa petite sœur, Inès, voudrait de l'aide en anglais. Est-ce que je peux "
        "l'ajouter sur le même compte famille, pour que tout soit facturé ensemble ?",
        "none",
    ),
    (
        "Bonjour, euh, j'étais à la médiathèque mardi après-midi avec les enfants, et ma fille "
        "pense avoir oublié son écharpe, une écharpe jaune en laine, dans le coin des albums. "
        "Est-ce que quelqu'un l'aurait rapportée à l'accueil, par hasard ?",
        "none",
    ),
    (
        "Bonjour, euh, je voudrais changer l'adresse mail associée à mon abonnement boulangerie, "
        "l'ancienne c'est avec orange, la nouvelle c'est claire point morel, M O R E L, chez "
        "gmail. Le reste ne change pas, la livraison et tout.",
        "none",
    ),
    (
        "Bonjour, euh, juste pour info, hier soir l'appli du club de sport était très lente pour "
        "réserver les cours, ça tournait pendant une minute, mais ce matin tout marche très bien, "
        "j'ai pu réserver mon cours de yoga sans souci. Voilà, rien d'urgent.",
        "none",
    ),
    (
        "Hola, buenas, eh, solo quería dar las gracias a la chica que peinó a mi perro, Toby, el "
        "jueves, un schnauzer, es muy nervioso y ella tuvo una paciencia increíble. Bueno, ha "
        "quedado precioso, y ya he reservado para el mes que viene con ella otra vez.",
        "none",
    ),
    (
        "Hola, eh, he cambiado de número de móvil y quería actualizarlo en mi cuenta del abono de "
        "transporte, el nuevo es seis uno dos, tres cuatro cinco, seis siete ocho. ¿Lo podéis "
        "cambiar vosotros o lo hago yo desde la aplicación?",
        "none",
    ),
    (
        "Hola, buenas, eh, mi hija va a clases de piano dos veces por semana, pero con los "
        "exámenes del instituto se le hace mucho, así que, bueno, queríamos pasar a una sola "
        "clase semanal a partir de enero. ¿Cómo cambiamos la tarifa?",
        "none",
    ),
    (
        "Hola, eh, la factura del centro de jardinería de este pedido me ha salido un poco más "
        "alta de lo que pensaba, unos ocho euros más. Supongo que es el transporte de los sacos "
        "de tierra, pero quería confirmarlo, nada más, no hay ningún problema.",
        "none",
    ),
    (
        "Hola, eh, una pregunta por curiosidad, bueno, mi hijo usa vuestra plataforma de clases "
        "particulares, ¿los tutores pueden ver nuestra dirección o el teléfono, o solo el nombre? "
        "No es que haya pasado nada, solo me lo preguntaba.",
        "none",
    ),
    (
        "Hola, buenos días, eh, teníamos cita con el deshollinador el viernes a las nueve, pero "
        "ese día no va a haber nadie en casa. ¿Se podría pasar al lunes siguiente, o cuando os "
        "venga bien la semana que viene?",
        "none",
    ),
    (
        "Hola, eh, en la aplicación de la panadería no me deja elegir el pan integral para la "
        "entrega del domingo, el botón sale gris, a mi marido desde su móvil sí le deja. Bueno, "
        "no es urgente, ¿me lo podéis cambiar vosotros mientras tanto?",
        "none",
    ),
)


# Set H: written 2026-12-06, blind, by someone who had not read the risk layer's kinds, patterns
# or prototypes, nor the detectors, routing or docs/, nor the earlier sets beyond set G's header,
# from imagination only; nothing is to be read or tuned on it before its one scoring by the lead.
# 80 messages: 40 high risk (4-5 per kind, many indirect: polite, understated, or the point
# buried after long context) and 40 ordinary ones, about a third sharing words with the risky
# kinds (invoices, deposits, lost leaves, skipping a month); 40 in English and 40 in German (14),
# French (13) and Spanish (13). Industries: plumbers, window cleaners, climbing gyms, wine clubs,
# plant nurseries, yoga studios, campervan rental, bike repair shops, photography studios,
# dentists. Never used for training or for choosing a threshold.
SPOKEN_CHECKS_H: tuple[tuple[str, str], ...] = (
    # high risk
    (
        "hi, yeah, it's Gareth, Gareth Pryce, p r y c e. You sent a lad round on Tuesday for "
        "the leaking stopcock under the kitchen sink, nice enough lad. Anyway the invoice came "
        "through this morning for two hundred and eighty pounds, and it says three hours "
        "labour, and he was here forty minutes, tops, I've got it on the doorbell camera, in "
        "and out. I'm happy to pay for the forty minutes and the part, but I'm not paying two "
        "eighty, so please don't start chasing me for it until somebody's actually looked at "
        "this.",
        "billing_dispute",
    ),
    (
        "Hello, this is Mrs Halloran at number fourteen Orchard Rise. I had the usual email "
        "saying the round was done on the third and that twenty two pounds would be taken. "
        "Only, um, I was at home all that day, I work from the front room, and nobody came, the "
        "windows have still got all the pollen on them from the summer. I don't really want to "
        "make a fuss, but I don't think I should be paying for that one, should I?",
        "billing_dispute",
    ),
    (
        "Hi there, member number four four seven one, Daniel Osei, o s e i. The case that came "
        "in November was billed at one hundred and sixty nine pounds, but when I joined the "
        "quarterly price was locked at one twenty nine, it says so in the welcome email, I've "
        "still got it. I've emailed twice and heard nothing, so I've gone to my card company "
        "and raised a chargeback for the difference, just so you know why it'll show up your "
        "end.",
        "billing_dispute",
    ),
    (
        "Hiya, it's about booking, um, C V seven three two, the four berth van we had for the "
        "Lake District in October. We cut the trip short by two days because the heater packed "
        "in, and the lady at the depot, Sandra I think, said you'd refund the two days and the "
        "deposit within five working days. That was the nineteenth of October. It's December "
        "now and there's been nothing, not the deposit, not the two days. Could somebody tell "
        "me where that money actually is?",
        "refund_exception",
    ),
    (
        "Hi, um, so, I know your policy says class packs aren't refundable, I did read it, I'm "
        "not trying to be difficult. I bought the twenty class pack in September and then in "
        "October I slipped a disc, I've got a letter from my physio, and I'm not allowed to do "
        "yoga for at least six months. I've used three classes out of the twenty. Is there any "
        "way at all you could give me back the rest, or even part of it? It's about a hundred "
        "and forty pounds, which is a lot for me at the moment.",
        "refund_exception",
    ),
    (
        "Hello, it's Priya Raman, r a m a n, we had the newborn shoot with you in August, the "
        "photos were gorgeous by the way. We cancelled the leather album the same week because "
        "we'd overspent with the baby and everything, and Tom on the phone said no problem, the "
        "two hundred and ten pounds would go back on the card in a few days. I've been through "
        "my statements three times now and it's just not there.",
        "refund_exception",
    ),
    (
        "Hey, so, I've been climbing with you for about four years, the membership's under "
        "Jonas Whitfield. I'm moving up to Aberdeen in January for work and there's no wall of "
        "yours anywhere near, so I'd like to end the membership from the end of this month "
        "please, and stop the direct debit after that. It's been great, honestly, it just "
        "doesn't make sense to keep paying.",
        "account_closure",
    ),
    (
        "Good afternoon, my name's Beatrice Lowe, date of birth the second of March nineteen "
        "eighty one. We've registered with a practice closer to home now, so the children and I "
        "won't be coming back to you. I'd like you to delete our details from your system, the "
        "online booking account as well, and take us off the reminder texts and the "
        "newsletters, please. Thanks, and thank you for looking after us all these years.",
        "account_closure",
    ),
    (
        "Right, this is the third time I'm ringing, so I'll keep it short. The combi boiler you "
        "fitted in June has leaked through the ceiling below twice now, the hallway ceiling "
        "came down on Sunday, and I've got quotes for the plastering and the decorating, "
        "eighteen hundred pounds. If I haven't heard from the manager by Friday I'm filing a "
        "claim in the small claims court, I've already filled the form in. Name's Keith "
        "Armitage, job reference P L four nine nine.",
        "legal",
    ),
    (
        "Hello, yes, I was a patient at the Hillcrest surgery until last year, Naomi Fairbairn, "
        "that's f a i r b a i r n. I'm now seeing a specialist about my jaw, and, um, I'd like "
        "a full copy of everything you hold on me, the notes, the x-rays, the treatment plans, "
        "all of it, under data protection, a subject access request I think it's called. Can "
        "you tell me where I need to send that, or does this phone call count?",
        "legal",
    ),
    (
        "Um, hi, bit of an odd one. Last night I got an email saying my delivery address had "
        "been changed to somewhere in Leeds, and I've never lived in Leeds, and then this "
        "morning there's an order confirmation for six bottles of the Barolo, which I "
        "definitely didn't order, I wish I had. And now my password doesn't work either, so I "
        "can't get in to check. It's Fiona Grant, I've been a member since twenty nineteen.",
        "security",
    ),
    (
        "Hi, just a heads up really, or maybe it is you, I don't know. I got a text this "
        "morning supposedly from the studio, saying my membership was about to lapse and I had "
        "to re-enter my card details on a link, and the link was some strange address, lotus "
        "dash room dash pay dot something. I very nearly did it. Is that actually from you? "
        "Because if not, I imagine half your members have had the same thing.",
        "security",
    ),
    (
        "Hello, so, we had our wedding photos done with you in the summer and we got the online "
        "gallery link, which is lovely. But my cousin just messaged me to say she found our "
        "whole gallery, and other couples' galleries too, just by changing the number at the "
        "end of the web address. Including, um, the private set I had done as a present for my "
        "husband. That's not meant to be public, is it? Could somebody please look at this "
        "today.",
        "security",
    ),
    (
        "Hi, it's Ellie, Ellie Marsh. I think I've lost my entry fob somewhere at the wall on "
        "Saturday, or maybe in the car park, I've turned the whole house upside down. It's on a "
        "little keyring with my locker key as well. Can you block it so nobody else can get in "
        "on it, and how do I go about getting a new one?",
        "lost_stolen",
    ),
    (
        "Hello, um, sorry, I'm ringing from a lay-by near Fort William, we've got one of your "
        "vans, the booking ends in eight eight two. Someone's broken in while we were up at the "
        "viewpoint and taken my bag, and the spare key and the fob were in it, and the little "
        "cabinet's been forced as well. The van's still here but I honestly don't know what to "
        "do, do I ring the police first or you?",
        "lost_stolen",
    ),
    (
        "Hiya, so I had my bike serviced with you back in the summer, paid on the card in the "
        "shop, all fine. But looking at my statement there's a payment to you on the twenty "
        "eighth of November for eighty four pounds fifty, and I haven't been in since July, the "
        "bike's been in the shed all autumn. I don't know what that is.",
        "unrecognised_payment",
    ),
    (
        "Hello, Margaret Dunn here. I usually get my bedding plants from you in the spring, and "
        "I do like the place, the girls are always very kind. My son does my online banking for "
        "me and he's asked me what Greenacre Nurseries forty two pounds is, on the fourth of "
        "this month, and there are two more of the same after it, and I honestly couldn't tell "
        "him, I haven't been out of the house since September with my hip. Would you be able to "
        "tell me what they are?",
        "unrecognised_payment",
    ),
    (
        "Hi, I'm trying to book a bouldering slot for tonight and the app's just showing a "
        "spinning wheel, and the website says server error, five hundred something. I thought "
        "it was my phone, but everyone in the members' group chat is saying the same, nobody "
        "can book, and apparently the door scanner isn't taking the QR codes either, there's a "
        "queue outside the Southside wall in the rain.",
        "outage",
    ),
    (
        "I'm going to try and stay calm. You've moved my son's brace check three times now, "
        "you, not us, each time with less than a day's notice, and each time I've taken him out "
        "of school and lost an afternoon's pay. Today the receptionist more or less rolled her "
        "eyes at me and said there was nothing she could do about it. I've been with this "
        "practice twelve years and I've never been spoken to like that. I want the practice "
        "manager to ring me back, today.",
        "complaint",
    ),
    (
        "Hello, it's Mr Okafor, the corner house on Denby Road. I don't like to complain, I "
        "really don't. But the last three visits your chap has left the side gate open and the "
        "dog's got out twice, and he's trodden right through the bed under the front window. "
        "When I mentioned it to him, politely, he told me to do the windows myself then. I've "
        "paid you every month for six years without a word, and I'm really quite disappointed "
        "in how that was handled.",
        "complaint",
    ),
    (
        "Guten Tag, hier ist Schröder, mit o e, Hausnummer zwölf in der Lindenstraße. Ähm, Sie "
        "haben mir für November die Fensterreinigung zweimal berechnet, einmal am dritten und "
        "einmal am siebzehnten, jeweils neunundfünfzig Euro, aber Ihr Mitarbeiter war nur ein "
        "einziges Mal da. Die zweite Rechnung zahle ich nicht, bitte stornieren Sie die.",
        "billing_dispute",
    ),
    (
        "Hallo, ja, hier ist Lena Vogt, ich hab eine Jahreskarte bei Ihnen, Mitgliedsnummer "
        "sieben drei null fünf. Also, ähm, ich bin jetzt schwanger und werde die nächsten, na "
        "ja, anderthalb Jahre sicher nicht klettern. Deshalb möchte ich den Vertrag zum "
        "nächstmöglichen Termin kündigen. Können Sie mir das bitte schriftlich bestätigen?",
        "account_closure",
    ),
    (
        "Guten Tag, mein Name ist Dieter Kowalski, ich war bis März bei Ihnen wegen der zwei "
        "Implantate in Behandlung. Das eine hat sich gelockert, der Kiefer ist entzündet, und "
        "ich habe inzwischen einen Anwalt eingeschaltet. Mein Anwalt bittet um eine "
        "vollständige Kopie der Patientenakte mit allen Röntgenbildern. An wen soll er die "
        "Anfrage richten?",
        "legal",
    ),
    (
        "Ja, hallo, ähm, ich weiß nicht, ob ich da bei Ihnen richtig bin. Ich habe heute Morgen "
        "eine Mail bekommen, dass mein Passwort geändert wurde, das war aber nicht ich, und "
        "jetzt komme ich nicht mehr in mein Kundenkonto vom Weinclub. Da ist ja meine "
        "Kreditkarte hinterlegt. Mein Name ist Hartmann, Petra Hartmann.",
        "security",
    ),
    (
        "Hallo, ich wollte für heute Abend die Yogastunde um halb sieben buchen, aber die App "
        "stürzt sofort ab und die Webseite zeigt nur eine weiße Seite. Meine Freundin und zwei "
        "andere aus dem Kurs haben genau das gleiche Problem, also liegt es nicht an meinem "
        "Handy. Kann man heute überhaupt irgendwie buchen?",
        "outage",
    ),
    (
        "Also, ich muss das jetzt einfach mal loswerden. Wir haben das Wohnmobil für drei "
        "Wochen gemietet, fast dreitausend Euro, und bei der Übergabe war der Kühlschrank "
        "kaputt, die Toilette nicht gereinigt und überall Hundehaare, obwohl wir ausdrücklich "
        "ein Fahrzeug ohne Tiere gebucht hatten, mein Sohn ist Allergiker. Ihr Mitarbeiter hat "
        "nur mit den Schultern gezuckt. So geht man nicht mit Kunden um, ich bin wirklich "
        "fassungslos.",
        "complaint",
    ),
    (
        "Guten Tag, hier ist Brigitte Sommer. Auf meinem Kontoauszug ist eine Lastschrift von "
        "Ihrer Gärtnerei über vierundachtzig Euro neunzig, vom zweiten Dezember. Ich war zwar "
        "im Frühjahr mal bei Ihnen und habe Tomatenpflanzen gekauft, aber bar bezahlt, und eine "
        "Einzugsermächtigung habe ich Ihnen nie gegeben. Können Sie mir sagen, was das sein "
        "soll?",
        "unrecognised_payment",
    ),
    (
        "Bonjour, c'est Madame Lefèvre, L E F E V R E. Nous avions réservé une séance photo "
        "pour notre mariage le douze septembre, et le studio a annulé trois jours avant parce "
        "que le photographe était malade. On nous a dit au téléphone que l'acompte de quatre "
        "cents euros serait remboursé sous quinze jours. Nous sommes en décembre, nous n'avons "
        "toujours rien reçu, malgré deux mails.",
        "refund_exception",
    ),
    (
        "Allô, bonjour, euh, je suis abonné à la salle d'escalade, Julien Moreau. On m'a volé "
        "mon sac dans le vestiaire hier soir, enfin je crois qu'on me l'a volé, avec mon badge "
        "d'accès dedans et ma carte bancaire. Est-ce que vous pouvez désactiver le badge tout "
        "de suite, s'il vous plaît?",
        "lost_stolen",
    ),
    (
        "Bonjour, je vous appelle au sujet de la facture de l'intervention de mardi, pour la "
        "fuite sous l'évier. Le devis qu'on m'avait donné était de cent vingt euros, et la "
        "facture est à trois cent quarante, avec un supplément d'urgence que je n'ai jamais "
        "demandé, j'avais pris rendez-vous une semaine avant. Je conteste cette facture et je "
        "ne paierai que le montant du devis.",
        "billing_dispute",
    ),
    (
        "Bonjour, Monsieur Garnier à l'appareil. J'ai résilié mon adhésion au club de vin en "
        "juin, par écrit, et vous continuez à m'envoyer des caisses et à me prélever. J'ai déjà "
        "saisi le médiateur de la consommation, et je vous préviens que je ferai aussi un "
        "signalement à la répression des fraudes si ce n'est pas réglé ce mois-ci.",
        "legal",
    ),
    (
        "Bonjour, euh, j'essaie de réserver un cours de yoga depuis ce matin et le site affiche "
        "une erreur, l'application aussi, et sur le groupe WhatsApp du studio tout le monde dit "
        "pareil, personne ne peut réserver ni annuler quoi que ce soit. Et le cours de dix-huit "
        "heures, il a lieu quand même?",
        "outage",
    ),
    (
        "Bonjour. Je voudrais me plaindre, vraiment. Ça fait une heure et quart que j'attends "
        "en salle d'attente avec ma fille de six ans qui a mal aux dents, sans aucune "
        "explication, et quand j'ai demandé à l'accueil, on m'a répondu sur un ton franchement "
        "désagréable que si je n'étais pas contente, je pouvais partir. C'est inadmissible, je "
        "suis patiente chez vous depuis dix ans.",
        "complaint",
    ),
    (
        "Bonjour, euh, j'ai un abonnement à vos box de plantes d'intérieur, chaque mois, au nom "
        "de Camille Roux. Franchement, les plantes sont très jolies, mais mon appartement n'a "
        "plus de place, il y en a partout, même dans la salle de bain! Je voudrais arrêter "
        "l'abonnement et supprimer mon compte, s'il vous plaît, à partir de ce mois-ci.",
        "account_closure",
    ),
    (
        "Hola, buenas, mira, te explico. Pagué el retiro de yoga de fin de semana, el de la "
        "sierra, doscientos ochenta euros, y a las dos semanas me operaron de la rodilla de "
        "urgencia. Ya sé que en las condiciones pone que no se devuelve nada si faltan menos de "
        "treinta días, pero tengo el informe médico. ¿Habría alguna posibilidad de que me "
        "devolvierais aunque sea una parte?",
        "refund_exception",
    ),
    (
        "Hola, soy Marta Ruiz. Esta mañana me ha llegado un SMS que dice ser de vuestra empresa "
        "de autocaravanas, que mi reserva de julio se anulará si no confirmo los datos de la "
        "tarjeta en un enlace, y el enlace no es vuestra web. Lo raro es que sabían mi nombre y "
        "las fechas exactas de la reserva, o sea que alguien tiene mis datos. ¿Qué ha pasado?",
        "security",
    ),
    (
        "Hola, buenas tardes, soy el presidente de la comunidad de la calle Alcalá ciento doce. "
        "Le dejamos al chico que limpia los cristales del portal una llave del portal y otra "
        "del cuarto de contadores, y hoy nos dice que las ha perdido, que no sabe dónde. Eso "
        "nos preocupa bastante, la verdad. ¿Qué vais a hacer?",
        "lost_stolen",
    ),
    (
        "Hola, eh, soy socia del club de vinos desde hace un par de años. En el extracto de la "
        "tarjeta me aparece un cargo de ciento diez euros a vuestro nombre del día tres, y este "
        "mes yo no he pedido nada, la caja trimestral ya la pagué en octubre. No me suena de "
        "nada. ¿Me podéis decir qué es?",
        "unrecognised_payment",
    ),
    (
        "Hola, llevo toda la mañana intentando entrar en la tienda online del vivero para hacer "
        "el pedido de Navidad y la página no carga, sale un error del servidor. Mi vecina lo ha "
        "probado desde su casa y tampoco, y el teléfono de la tienda comunica. ¿Está caída la "
        "web para todo el mundo?",
        "outage",
    ),
    (
        "Mire, estoy muy enfadado. Su fontanero vino el lunes a cambiar el calentador, me dejó "
        "el baño lleno de barro y un azulejo roto, y se fue sin probar el agua caliente, que "
        "por supuesto no funciona. Llevo tres días llamando, nadie coge el teléfono, y cuando "
        "por fin contestan me dicen que ya me llamarán. Es una vergüenza cómo tratan a la "
        "gente.",
        "complaint",
    ),
    # ordinary
    (
        "Hi, yeah, hello, it's Sam Bright. I'd like to book someone to come and look at the "
        "radiator in the back bedroom, it's cold at the top, I think it just needs bleeding but "
        "I can't find the key thing anywhere. Any day next week is fine except Wednesday, I'm "
        "usually in from about ten. The postcode is B S six, four A T.",
        "none",
    ),
    (
        "Hello, I'm a landlord, I had you out to the flat on Clifton Road for the shower valve "
        "back in October. My accountant needs a proper VAT invoice with your VAT number on it "
        "for my tax return, the one I got was just a card receipt. Could you email one over? "
        "The name is Harriet Colley, c o l l e y.",
        "none",
    ),
    (
        "Hiya, um, you do our windows every four weeks, number nine Oak Close, and I was "
        "wondering, do you do gutters as well? They're full of moss again. Roughly how much "
        "would that be for a semi?",
        "none",
    ),
    (
        "Hello, it's Jean Marsh. I've changed banks, so I filled in the new direct debit form "
        "on your website this morning. I just wanted to check that's all I need to do and that "
        "the old one will stop by itself. Nothing wrong, just the switch.",
        "none",
    ),
    (
        "Hi there, I'm hoping to book a birthday party for my daughter, she'll be nine, about "
        "ten kids, on a Saturday in February, the fourteenth ideally. Do you provide an "
        "instructor for that, and do the parents have to sign a waiver for every child "
        "beforehand or can I collect them?",
        "none",
    ),
    (
        "Hey, I just wanted to say, whoever set the new purple circuit on the overhang, it's "
        "brilliant, best set I've climbed in ages. And Marcus on the Thursday intro class was "
        "really patient with my partner, who's, um, not great with heights. So yeah, thanks, "
        "that's all.",
        "none",
    ),
    (
        "Hello, it's Rob Daly, membership four one one eight. Could I swap the December case "
        "from the mixed one to the all reds, if it's not too late? And, uh, can I skip January? "
        "Not cancel, just skip the one month, we're away visiting family.",
        "none",
    ),
    (
        "Hi, I'd like to buy a three month gift membership for my dad's seventieth. Do you put "
        "a card in the box, and would the first delivery arrive before the twentieth? His "
        "birthday's the twenty first.",
        "none",
    ),
    (
        "Hello, um, just a quick one. What are your opening hours over Christmas and New Year? "
        "I want to come and pick up a potted Nordmann fir, and, are you open at all on Boxing "
        "Day?",
        "none",
    ),
    (
        "Hello, I bought an olive tree from you in the spring, the big one in the terracotta "
        "pot, and it's lost nearly half its leaves in the last fortnight. Is that normal in "
        "winter, should I bring it indoors? I'd hate to kill it, it was a present from my "
        "sister.",
        "none",
    ),
    (
        "Hi, I'm new to the area. I've done a bit of hatha before, um, mostly online during "
        "lockdown. Is there a beginners class in the evenings, after six? And do I need to "
        "bring my own mat or do you have some to borrow?",
        "none",
    ),
    (
        "Hello, I've changed my email address, the new one is k dot n d l o v u at outlook dot "
        "com. I've updated it in my account settings, but the receipts still seem to go to the "
        "old one. Is there somewhere else I need to change it as well?",
        "none",
    ),
    (
        "Hiya, we're looking at hiring one of the four berth vans for Easter, two adults and "
        "two kids, and I wanted to ask whether we can bring the dog, she's a small spaniel, "
        "very well behaved, and whether there's an extra charge for a bike rack.",
        "none",
    ),
    (
        "Hello, we brought the van back yesterday, all fine, lovely trip, the kids loved it. I "
        "just wanted to ask how long the deposit normally takes to come back onto the card, so "
        "I know when to look for it. No rush at all.",
        "none",
    ),
    (
        "Hi, it's Kieran. I've got an old Raleigh road bike, the gears are slipping a bit and "
        "the back brake squeals. Can I book it in for a service this week, and roughly how much "
        "is the standard one? I could drop it off before work, about half seven, if you're open "
        "that early.",
        "none",
    ),
    (
        "Hello, I booked a service on your website and the confirmation email has me down as "
        "Tim Bright instead of Tom Bright, and the bike as a Raleigh Chopper, which, I wish. "
        "Not a big deal at all, I just wanted it right on the ticket when I drop it in on "
        "Thursday.",
        "none",
    ),
    (
        "Hi, I'm after some family portraits, there's five of us plus my mum, and I wanted to "
        "know your prices for a studio session and whether the prints are included or extra. "
        "Ideally a weekend in January, if you've got anything.",
        "none",
    ),
    (
        "Hello, we had our graduation photos done with you back in twenty twenty two, and in "
        "the house move we've somehow lost the big framed one of my daughter. Do you still have "
        "the files, and could we order another print, same size, A three I think it was?",
        "none",
    ),
    (
        "Hi, could I book a check-up and a hygienist clean for myself, ideally back to back, "
        "and a check-up for my son, he's seven? Mornings are best for us. It's the Patel "
        "family, we're on Rose Street.",
        "none",
    ),
    (
        "Hello, um, I had a crown done last month, and my health cash plan lets me claim some "
        "of it back, but they need an itemised receipt with the treatment codes on it. Could "
        "you send me one? It's for Alison Reeve, r e e v e. Thank you.",
        "none",
    ),
    (
        "Hallo, hier ist Becker, ähm, bei uns tropft seit ein paar Tagen der Wasserhahn im Bad, "
        "nichts Dramatisches. Hätten Sie nächste Woche einen Termin frei, am liebsten "
        "vormittags? Die Adresse ist Ahornweg vier in Mainz.",
        "none",
    ),
    (
        "Guten Tag, ich bräuchte Bewerbungsfotos, ähm, so zwei, drei verschiedene, auch digital "
        "für Online-Bewerbungen. Was kostet das bei Ihnen, und muss man dafür einen Termin "
        "machen oder kann man einfach vorbeikommen?",
        "none",
    ),
    (
        "Hallo, hier ist Frau Yilmaz. Ich brauche für meine Zusatzversicherung eine Kopie der "
        "Rechnung von der professionellen Zahnreinigung im Oktober, die Originalrechnung hab "
        "ich leider verlegt. Könnten Sie mir die per E-Mail schicken?",
        "none",
    ),
    (
        "Hallo, wir ziehen Ende des Monats um, und ich habe die neue Adresse schon in meinem "
        "Kundenkonto eingetragen. Kommt die Januarlieferung dann automatisch an die neue "
        "Adresse, oder muss ich Ihnen das noch extra sagen?",
        "none",
    ),
    (
        "Guten Tag, ich hab am Montag mein E-Bike bei Ihnen abgegeben, wegen dem Schaltzug, und "
        "wollte fragen, ob es bis Freitag fertig wird. Ich brauche es am Wochenende für eine "
        "Tour an der Mosel. Der Name ist Krüger, K r ü g e r.",
        "none",
    ),
    (
        "Hallo, wir waren am Sonntag mit der ganzen Familie beim Schnupperklettern, das war "
        "super, vor allem die Trainerin Jana war ganz toll mit den Kindern. Gibt es bei Ihnen "
        "auch einen regelmäßigen Kinderkurs, und wann findet der statt?",
        "none",
    ),
    (
        "Hallo, ich habe eine Zehnerkarte, die läuft Ende Januar ab, und ich hab noch vier "
        "Stunden drauf. Kann man die irgendwie verlängern, wenn ich gleich eine neue dazukaufe? "
        "Sonst komme ich eben öfter, auch kein Problem.",
        "none",
    ),
    (
        "Bonjour, je voudrais un devis pour le nettoyage des vitres d'une maison, euh, à Rezé, "
        "près de Nantes. Il y a une grande baie vitrée et une véranda. Vous passez tous les "
        "combien, et est-ce que vous faites aussi les volets?",
        "none",
    ),
    (
        "Bonjour, nous voudrions louer un van aménagé pour une semaine en mai, deux adultes, et "
        "je voulais savoir si le kilométrage est illimité et s'il faut un permis spécial. "
        "Merci!",
        "none",
    ),
    (
        "Bonjour, je voulais juste vous dire merci pour les photos de naissance, elles sont "
        "magnifiques, toute la famille a pleuré en les voyant. On en commandera sûrement "
        "d'autres tirages pour Noël.",
        "none",
    ),
    (
        "Bonjour, c'est Madame Bernard. Ma mutuelle me demande une facture détaillée pour la "
        "couronne posée en novembre, avec les codes des actes. Est-ce que vous pourriez me "
        "l'envoyer par mail? Merci beaucoup.",
        "none",
    ),
    (
        "Bonjour, j'ai crevé ce matin, euh, la roue arrière de mon vélo de ville. Est-ce que "
        "vous pouvez la réparer aujourd'hui si je passe vers midi, et combien ça coûte à peu "
        "près?",
        "none",
    ),
    (
        "Bonjour, j'avais réservé un créneau d'initiation samedi à dix heures pour mon fils, "
        "mais il est malade. Est-ce que je peux le décaler à la semaine suivante? Ce n'est pas "
        "grave si ce n'est pas possible.",
        "none",
    ),
    (
        "Hola, buenas, quería preguntar cuánto cuesta una sesión de fotos de comunión para mi "
        "hija, en mayo, y si se puede hacer en exterior, en el parque del Retiro por ejemplo.",
        "none",
    ),
    (
        "Hola, llamaba para pedir cita para una limpieza, eh, a nombre de Javier Ortega, o r t "
        "e g a. Me viene mejor por la tarde, a partir de las cinco. Gracias.",
        "none",
    ),
    (
        "Hola, tengo una bici de montaña y el freno de disco delantero hace un ruido raro, como "
        "un chirrido. ¿Hace falta cita para que la miréis o puedo pasar sin más? ¿Y a qué hora "
        "cerráis los sábados?",
        "none",
    ),
    (
        "Hola, compré un limonero en maceta en vuestro vivero en octubre y se le están poniendo "
        "las hojas amarillas. ¿Puede ser que lo esté regando demasiado? ¿Y qué abono me "
        "recomendáis para el invierno?",
        "none",
    ),
    (
        "Hola, alquilamos una autocaravana en septiembre para un viaje de trabajo y necesito la "
        "factura a nombre de la empresa, con el CIF, para la contabilidad. ¿Me la podéis mandar "
        "por correo electrónico?",
        "none",
    ),
    (
        "Hola, buenas, somos un grupo de cuatro amigos que queremos empezar a escalar. ¿Tenéis "
        "cursos de iniciación para adultos? ¿Y cuánto cuesta el bono de diez entradas?",
        "none",
    ),
    (
        "Hola, solo quería deciros que el albariño de la última caja nos encantó, de verdad. "
        "¿Se pueden comprar botellas sueltas aparte? Es para la cena de Nochebuena, seríamos "
        "doce.",
        "none",
    ),
)

SPOKEN_CHECKS_I: tuple[tuple[str, str], ...] = (
    # high risk
    (
        "Subject: Invoice RA-448120 wrong\n\n"
        "hi, picked up a compact at the airport desk on the 3rd, quoted $212.40 for "
        "4 days incl. insurance. the final invoice says $389.15 with a 'premium "
        "upgrade' i never asked for + a refuelling charge even though i returned it "
        "FULL (i have the pump receipt). please correct this and refund the "
        "difference, i'm not paying for an upgrade i didnt get.\n\nthanks\nMarcus",
        "billing_dispute",
    ),
    (
        "you guys charged me twice this week?? 2x 74.90 on the 12th for the same box, "
        "order #MK-55310. only got one box obviously",
        "billing_dispute",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "in Ihrer Rechnung Nr. 2024-0871 vom 14.05. werden mir drei Füllungen "
        "berechnet, behandelt wurde aber nur ein Zahn. Außerdem war vorab ein "
        "Kostenvoranschlag über 180 € vereinbart, die Rechnung lautet nun auf "
        "465,30 €. Ich bitte um Prüfung und Korrektur. Bis zur Klärung werde ich "
        "den Betrag nicht überweisen.\n\n"
        "Mit freundlichen Grüßen\nHelga Brandstätter",
        "billing_dispute",
    ),
    (
        "Bonjour, je viens de voir que ma carte a été débitée de 390€ pour juin "
        "alors que mon contrat indique 290€ HT pour un poste nomade. J'ai déjà "
        "appelé ma banque : si ce n'est pas régularisé d'ici vendredi je conteste "
        "le paiement. Merci de me répondre rapidement.\nCordialement, Julien R.",
        "billing_dispute",
    ),
    (
        "Hola buenas, os escribo por la mudanza del sábado (presupuesto cerrado de "
        "1.150€). Los chicos muy majos y todo llegó bien, eso lo primero. Pero en la "
        "factura final aparecen 340€ más por 'horas extra y escalera' y en ningún "
        "momento se habló de eso, el presupuesto era cerrado. ¿Me lo podéis revisar? "
        "no quiero pagar algo que no se pactó. gracias",
        "billing_dispute",
    ),
    (
        "Hi there, Lumen Festival day 2 got cancelled on 8 June and your email said "
        "refunds would be back on our cards within 14 days. It's now been 6 weeks "
        "and NOTHING. Order 77120-TX, 2 tickets, £148. I've emailed twice already. "
        "Where is my money?",
        "refund_exception",
    ),
    (
        "Dear Team,\n\n"
        "Thank you all for how kind you were with Biscuit over the last month, the "
        "nurses especially, it meant a lot to us. Sadly she passed away at home last "
        "Tuesday. We'd like to collect her lead and blanket at some point, no rush.\n\n"
        "One other thing, and please say if this isn't possible. I prepaid the "
        "12-month wellness plan in January (£312) and I understand from the terms "
        "that it isn't refundable after 30 days, but given the circumstances I "
        "wondered whether the unused months could be refunded. I completely "
        "understand if not, I just thought I'd ask.\n\n"
        "Kind regards,\nRuth Okafor",
        "refund_exception",
    ),
    (
        "hello i did the B2 intensive course in march but had to drop out after week 2 "
        "because of a family emergency abroad (i can send documents). i know the "
        "refund deadline was the first week but is there any way to get at least part "
        "of the 980 eur back?? thanks Ana",
        "refund_exception",
    ),
    (
        "hallo, ihr hattet mir am 2.4. im chat zugesagt dass die beschädigte box "
        "(kühlakkus geschmolzen, fleisch warm) erstattet wird, 59,99€. bis heute ist "
        "nichts auf meinem konto angekommen. kundennummer 4410982. bitte endlich "
        "überweisen",
        "refund_exception",
    ),
    (
        "Objet : remboursement acompte\n\n"
        "Madame, Monsieur,\n\n"
        "Suite à l'annulation de notre projet d'installation (toiture finalement non "
        "conforme d'après votre propre technicien), vous nous aviez confirmé par "
        "téléphone le 3 mars le remboursement intégral de l'acompte de 2 400 €. "
        "Nous n'avons toujours rien reçu à ce jour. Pourriez-vous nous indiquer la "
        "date du virement ?\n\n"
        "Bien à vous,\nM. et Mme Lefèvre",
        "refund_exception",
    ),
    (
        "pls delete my account and all my data, i dont use the app anymore. reg plate "
        "and card details too. email is the one im writing from",
        "account_closure",
    ),
    (
        "Hi Priya,\n\n"
        "Quick one re: the meeting room for Thursday - can we move it to 2pm instead "
        "of 11? Also FYI the coffee machine on floor 3 is leaking again, there's a "
        "puddle by the fridge.\n\n"
        "Oh and while I have you: we've decided as a team to go fully remote from "
        "September, so please take this as notice that we won't be renewing the "
        "4-desk plan. Let me know what the notice period is and if there's anything "
        "I need to sign.\n\n"
        "Cheers,\nTom\n\n"
        "Tom Healey | Ops Lead | Brightfold Studio\n"
        "This email and any attachments are confidential and intended solely for "
        "the addressee.",
        "account_closure",
    ),
    (
        "Betreff: Kündigung\n\n"
        "Hiermit kündige ich meinen Vertrag (Abo Online-Sprachkurs Spanisch, "
        "Kundennr. LS-20931) fristgerecht zum nächstmöglichen Zeitpunkt. Bitte "
        "bestätigen Sie mir die Kündigung schriftlich und löschen Sie anschließend "
        "meine personenbezogenen Daten gemäß Art. 17 DSGVO.\n\n"
        "Mit freundlichen Grüßen\nTobias Wendt",
        "account_closure",
    ),
    (
        "bonjour je voudrais résilier mon abonnement svp, c'est trop cher pour nous "
        "en ce moment. merci de ne plus rien prélever après la box de cette semaine",
        "account_closure",
    ),
    (
        "Hola! Quería dar de baja el plan de salud de mi perro Toby, nos mudamos a "
        "Valencia el mes que viene y allí ya tenemos otro vete. ¿Cómo lo cancelo? "
        "Gracias!!",
        "account_closure",
    ),
    (
        "Got an email from 'support@rentaI-quickdrive.com' (capital i instead of an L??) "
        "saying my booking is on hold and I need to re-enter my card within 24h. "
        "Looks fake but it has my real booking ref QD-30192 in it. How do they have "
        "that? Have you had a leak?",
        "security",
    ),
    (
        "URGENT someone got into my account!!! password changed, email changed to some "
        "gmail i dont know and 4 tickets for saturday were transferred out. i cant "
        "log in at all now. my old email is this one. PLEASE FREEZE IT",
        "security",
    ),
    (
        "Hello, not sure if this is anything but I got a notification last night "
        "saying 'new sign-in on Android device, Lyon'. I have an iPhone and I'm in "
        "Leeds. I didn't do anything with it. Should I be worried? thx",
        "security",
    ),
    (
        "Hallo zusammen,\n"
        "in unserem Mitgliederportal sehe ich seit gestern Raumbuchungen, die keiner "
        "von uns gemacht hat, und die Rechnungsadresse wurde geändert. Ich vermute, "
        "jemand hat Zugriff auf unser Firmenkonto. Bitte sperrt den Zugang vorerst "
        "und ruft mich an: 0171 5523098.\n"
        "Danke, Katrin Vogel\nNordlicht Media GmbH",
        "security",
    ),
    (
        "Buenas tardes. Me ha llegado un SMS con mi nombre, mi DNI y la fecha de mi "
        "última cita en su clínica, pidiendo que pague 'una deuda pendiente' en un "
        "enlace raro. ¿Han tenido alguna filtración de datos? Nadie más tiene esa "
        "información junta. Quedo a la espera.\nMarta Gil",
        "security",
    ),
    (
        "Subject: Formal notice - damaged furniture, Job #MV-22817\n\n"
        "Dear Sir/Madam,\n\n"
        "Further to my emails of 2, 9 and 16 May, to which I have had no reply, the "
        "following items were damaged during my move on 29 April:\n"
        "- oak wardrobe, door split\n"
        "- upright piano, deep scratches on the lid\n"
        "- 2 dining chairs, legs broken\n\n"
        "Please treat this letter as formal notice. If I do not receive a "
        "satisfactory settlement offer within 14 days, I will file a claim with the "
        "small claims court and report the matter to Trading Standards.\n\n"
        "Yours faithfully,\nD. Pritchard",
        "legal",
    ),
    (
        "Hello, under the UK GDPR I would like to make a subject access request for "
        "all personal data you hold about me, including recordings of my online "
        "lessons and any notes teachers made. Please confirm receipt and when I can "
        "expect a response. Student ID 88213.\nRegards, Omar Siddiqui",
        "legal",
    ),
    (
        "Bonjour,\n"
        "Je vous informe que j'ai saisi la DGCCRF et que mon avocat vous adressera "
        "une mise en demeure concernant les 1 200 € de 'frais de dommages' prélevés "
        "sur ma caution pour une rayure qui existait déjà au départ (photos à "
        "l'appui). Merci de transmettre à votre service juridique.\nP. Marchand",
        "legal",
    ),
    (
        "Sehr geehrte Damen und Herren, Ihre App übermittelt offenbar dauerhaft "
        "meinen Standort, auch wenn ich gar nicht parke. Auf meine Anfrage vom 10.03. "
        "haben Sie nicht reagiert. Ich habe daher heute Beschwerde beim "
        "Landesbeauftragten für Datenschutz eingereicht. MfG J. Albers",
        "legal",
    ),
    (
        "lost my access fob somewhere between the office and the train last night 😬 "
        "member #CW-1187. can you deactivate it and get me a new one? i think it "
        "opens the mailboxes too",
        "lost_stolen",
    ),
    (
        "Hi, my bag was stolen at a café in Porto this afternoon and the rental car "
        "key was in it. The car is still parked outside our hotel on Rua das Flores. "
        "Booking 5519-PT. What do I do now? We're at the police station doing the "
        "report.",
        "lost_stolen",
    ),
    (
        "bonsoir, on m'a volé mon portefeuille dans le métro avec les 2 billets "
        "papier pour le concert de samedi (commande 40922). vous pouvez les annuler "
        "et m'en refaire ? j'ai peur que quelqu'un les utilise",
        "lost_stolen",
    ),
    (
        "Hola, he perdido el móvil y tengo la app del parking con la tarjeta guardada "
        "y sin PIN. ¿Podéis bloquear la cuenta hasta que tenga el nuevo? Mi "
        "matrícula es 4821 KLM. Gracias",
        "lost_stolen",
    ),
    (
        "Hi, probably a silly question but there's a payment of £86.50 to 'PAWSCARE "
        "VET GRP' on my credit card from 19 Feb and I don't even have a pet... is "
        "that you? As far as I know I've never been to any of your clinics.",
        "unrecognised_payment",
    ),
    (
        "Hallo, auf meiner Kreditkartenabrechnung steht eine Abbuchung über 219,00 € "
        "von Ihrer Firma vom 28.08. Ich habe bei Ihnen nie Tickets gekauft und habe "
        "auch kein Kundenkonto. Was ist das?",
        "unrecognised_payment",
    ),
    (
        "Salut, j'ai 6 débits de 4,20€ de votre appli sur mon relevé du mois "
        "dernier, à des dates où ma voiture était au garage. Je ne comprends pas "
        "d'où ils viennent.",
        "unrecognised_payment",
    ),
    (
        "Buenos días, veo en el extracto del banco un cargo de 49,90€ con vuestro "
        "nombre, 'SOLARIA MANT' o algo así. Os compramos las placas hace 2 años pero "
        "nunca contratamos ningún mantenimiento. ¿A qué corresponde?",
        "unrecognised_payment",
    ),
    (
        "your website's been throwing a 502 error all morning, can't pick my meals "
        "for next week and the cutoff is tonight at midnight. app just spins forever "
        "too",
        "outage",
    ),
    (
        "Hi, the online booking system is showing 'no availability' for every single "
        "day for the next 3 months at both branches, which can't be right. Tried on "
        "my phone and laptop. My dog needs his booster. Is the system down?",
        "outage",
    ),
    (
        "Die App zum Türöffnen geht seit heute früh bei keinem von uns, 'Verbindung "
        "zum Server fehlgeschlagen'. Wir stehen hier zu fünft vor der Tür im 2. OG. "
        "Bitte dringend!!",
        "outage",
    ),
    (
        "la app no funciona desde las 9, da error al iniciar sesión y no puedo pagar "
        "el aparcamiento. me van a multar!! y no soy el único, a mis compañeros les "
        "pasa igual",
        "outage",
    ),
    (
        "This is the THIRD time your crew has not shown up on the agreed date. I took "
        "days off work for this. Absolutely the worst service I have ever had. I want "
        "to speak to a manager TODAY, not another 'we'll call you back'. Otherwise "
        "all of this goes on Trustpilot and Google.",
        "complaint",
    ),
    (
        "Dear Practice Manager,\n\n"
        "I would like to raise a formal complaint about my appointment on 11 July. I "
        "was kept waiting for 70 minutes without any explanation, and when I was "
        "finally seen the hygienist was rather dismissive about the pain I have had "
        "since my last filling. This is the second time this year something like "
        "this has happened. I would appreciate a written response.\n\n"
        "Yours sincerely,\nGillian Marsh",
        "complaint",
    ),
    (
        "FW: Installation date\n\n"
        "See below. Sent this 3 weeks ago, not a word back. Second missed date and "
        "I've run out of patience. If nobody calls me this week with a firm date I'm "
        "leaving a review everywhere I can.\n\n"
        "-----Original Message-----\n"
        "From: Raj Patel\n"
        "Sent: 02 April 2024 09:14\n"
        "To: Installations Team\n"
        "Subject: Installation date\n\n"
        "Hi, the installation was booked for 28 March (after being moved once "
        "already from 14 March). Nobody came and nobody called. Can you give me a "
        "new date please?\n\nRaj",
        "complaint",
    ),
    (
        "Je suis extrêmement déçue. Trois cours annulés en un mois sans prévenir, un "
        "prof remplaçant qui ne connaissait pas le programme, et personne ne répond "
        "au téléphone. Pour 650 € le trimestre c'est inadmissible. Je veux parler à "
        "la direction.",
        "complaint",
    ),
    # ordinary
    ("what time do you close on saturdays? need to pick up cat food", "none"),
    (
        "Hi, can I add a second driver to booking QD-44108? My wife will be driving "
        "too. Is there a fee for that?",
        "none",
    ),
    (
        "Hello, I need to move my check-up on 14 Nov to any afternoon the week after "
        "if possible. Name: Leo Brandt. Thanks!",
        "none",
    ),
    (
        "where's my box? tracking says 'out for delivery' since 8am, order 66120. "
        "just want to know if i can pop out for an hour",
        "none",
    ),
    ("how do i add a second car to my account? got a new van for work", "none"),
    (
        "Hi, does the Riverside Arena have wheelchair spaces for the Oct 5 show, and "
        "can a carer come in for free? Thanks, Sam",
        "none",
    ),
    (
        "Hi, how do I see how much the panels generated last month in the app? I can "
        "only find the daily view",
        "none",
    ),
    (
        "Good morning,\n\n"
        "Could you send me a copy of the invoice for the September evening course "
        "(Italian A2)? My employer is reimbursing it, so it needs to be made out to:\n"
        "Harcourt Logistics Ltd\n14 Mill Lane\nDerby DE1 3AA\n\n"
        "Many thanks,\nPriya Nair",
        "none",
    ),
    (
        "Hello,\n\n"
        "I'm looking for a quote for a move from Bristol to Cardiff sometime mid "
        "August, flexible on the exact day, ideally a weekday as I think that's "
        "cheaper? It's a 2-bed flat on the 3rd floor, no lift unfortunately, and "
        "the new place is a house so parking should be easy at that end. Mostly "
        "normal stuff: a double bed, sofa, a big bookcase, washing machine and maybe "
        "30-40 boxes. Do you also do packing, and do you supply boxes or do I need "
        "to get my own? Also, roughly how long would a job like that take?\n\n"
        "Thanks a lot,\nHannah",
        "none",
    ),
    (
        "Hey! Is the rooftop terrace open to flex members or only dedicated desks? "
        "also can i bring a guest for lunch",
        "none",
    ),
    (
        "Guten Tag, bieten Sie professionelle Zahnreinigung auch samstags an? Ich bin "
        "gesetzlich versichert. Viele Grüße, S. Krüger",
        "none",
    ),
    (
        "Hallo! ab nächster Woche bitte an meine neue Adresse liefern: Lindenstraße "
        "12, 50674 Köln. Die Box von dieser Woche kann noch an die alte gehen. "
        "Danke 🙂",
        "none",
    ),
    (
        "kann ich die tickets auch an der abendkasse abholen statt sie auszudrucken? "
        "bestellnr 88314",
        "none",
    ),
    (
        "Hallo, gibt es bei der Anmietung in München einen Kindersitz und was kostet "
        "der pro Tag? Kind ist 3 Jahre alt.",
        "none",
    ),
    (
        "Bonjour, est-ce que vous faites les vaccins pour les lapins ? Il faut "
        "prendre rdv ou on peut passer directement ? merci",
        "none",
    ),
    (
        "Bonjour, je voudrais savoir comment passer le test de niveau en ligne avant "
        "de m'inscrire au cours d'allemand du soir. Merci d'avance, Claire",
        "none",
    ),
    (
        "comment je change mon mot de passe dans l'appli ? je trouve pas le menu",
        "none",
    ),
    (
        "Hola, ¿tenéis guardamuebles? Necesitaría guardar unas 15 cajas y un sofá "
        "durante 2 meses. ¿Precio aproximado?",
        "none",
    ),
    (
        "Buenas! Quería reservar la sala grande para un taller el 22 de mayo de 10 a "
        "14h, seremos unas 12 personas. ¿Está libre? ¿Hay proyector?",
        "none",
    ),
    (
        "Hola, ¿cada cuánto hay que limpiar las placas? ¿Lo hacéis vosotros o se "
        "puede hacer uno mismo con agua y ya?",
        "none",
    ),
    (
        "Before I buy - what's your cancellation policy if an event gets postponed "
        "or called off? Just want to know before I spend £200 on 4 tickets.",
        "none",
    ),
    (
        "Just wanted to say thanks to Denise at the Glasgow branch. Last month I had "
        "that double charge issue but she sorted it in one call and the refund came "
        "through in 3 days. Booked again for July because of her. 10/10",
        "none",
    ),
    (
        "Not a complaint at all, just some feedback: the portions on the veggie "
        "recipes are a bit small for 2 adults. Otherwise we love the box, keep it "
        "up!",
        "none",
    ),
    (
        "Hi, for a vendor questionnaire we need to know where member data (visitor "
        "logs, badge entries) is stored. Is it in the EU? Thanks, Mark",
        "none",
    ),
    (
        "I think I left my umbrella (green, with ducks on it 🦆) in the waiting room "
        "this morning. Could someone keep it aside? I'll pop by tomorrow.",
        "none",
    ),
    (
        "Hello, can I pay the final invoice INV-2291 (£4,380) by bank transfer "
        "instead of card? If so could you send the account details. Thanks, Geoff",
        "none",
    ),
    (
        "Hi, I'm a solicitor setting up a small practice and my office will need 3 "
        "dedicated desks from October, ideally in a lockable room. What would that "
        "cost per month?",
        "none",
    ),
    (
        "We'd like to move from the Solo plan to the Fleet plan, we've got 6 vans "
        "now. How does billing work if we switch mid-month?",
        "none",
    ),
    (
        "how do refunds work if i sign up for the summer course and then my visa "
        "doesnt come through? asking before i pay the deposit",
        "none",
    ),
    (
        "Hello,\n\nCould you please reissue invoice MV-30114 as a VAT invoice with "
        "our company name on it? Our lawyer handles relocation expenses for the firm "
        "and needs it in that format.\n\n"
        "Company: Fenwick & Co LLP\nVAT no. GB 284 1193 02\n\n"
        "Thanks,\nAlice Moreau\nOffice Manager, Fenwick & Co LLP",
        "none",
    ),
    (
        "Hallo, eine Frage vorab: Was passiert, wenn ich einen Termin kurzfristig "
        "absagen muss? Berechnen Sie da eine Ausfallgebühr? Danke",
        "none",
    ),
    (
        "Wie kann ich für unsere Mitarbeiter die Zwei-Faktor-Anmeldung im Portal "
        "aktivieren? Wir wollen die Sicherheit etwas erhöhen - es ist nichts "
        "passiert, nur vorsorglich.",
        "none",
    ),
    (
        "kann ich mein abo für 3 wochen pausieren ohne zu kündigen? wir sind im "
        "urlaub und danach wollen wir weitermachen",
        "none",
    ),
    (
        "Bonjour, petite question : si je souscris au forfait santé pour mon chat et "
        "que je déménage l'an prochain, est-ce qu'on peut le résilier facilement ? "
        "Je préfère savoir avant de m'engager.",
        "none",
    ),
    (
        "j'ai oublié mes lunettes de soleil dans la voiture rendue hier à l'aéroport "
        "de Nice (Clio grise). vous les avez trouvées ?",
        "none",
    ),
    (
        "Ce n'est pas une réclamation, juste une remarque : l'entrée au concert de "
        "samedi était un peu longue (40 min de queue). Sinon super soirée, merci !",
        "none",
    ),
    (
        "¿Es seguro guardar la tarjeta en la app? ¿Qué tipo de cifrado usáis? Es "
        "que mi hijo también va a usar el coche y prefiero saberlo.",
        "none",
    ),
    (
        "Hola! Soy abogada y me gustaría apuntarme a las clases de inglés jurídico, "
        "¿hay grupo los martes por la tarde?",
        "none",
    ),
    (
        "¿Si cancelo la mudanza con una semana de antelación me devolvéis la señal? "
        "Todavía no he reservado, es para comparar presupuestos.",
        "none",
    ),
    (
        "Solo quería daros las gracias. Hace un mes me cobrasteis dos veces la "
        "limpieza pero lo solucionasteis enseguida, y la Dra. Ruiz fue un encanto con "
        "mi hija, que tiene pánico al dentista. Volveremos seguro 😊",
        "none",
    ),
)

SPOKEN_CHECKS_J: tuple[tuple[str, str], ...] = (
    # high risk
    (
        "hi um yeah this is about a booking at your long stray car park at the "
        "airport the reference is uh k as in kilo seven seven three nine so I "
        "booked eight days for sixty four pounds right and I've just looked at "
        "my card and there's two payments of sixty four pounds both on the same "
        "day so you've taken it twice and I only parked once I want the second "
        "one put back please",
        "billing_dispute",
    ),
    (
        "ja guten Tag äh mein Name ist Brandt B R A N D T ich hab bei Ihnen so "
        "ein Lagerabteil also das kleine mit fünf Quadratmetern und am Telefon "
        "wurde mir gesagt neunundvierzig Euro im Monat und jetzt kommt die "
        "Rechnung und da steht neunundsiebzig Euro drauf also das ist ja nicht "
        "was wir vereinbart haben ich zahl das so nicht bitte rufen Sie mich "
        "zurück",
        "billing_dispute",
    ),
    (
        "oui bonjour euh c'est madame Lefèvre on a fait notre mariage chez vous "
        "le quatorze juin et ben on vient de recevoir la facture finale et y a "
        "trois heures supplémentaires de salle qu'on n'a jamais eues la soirée "
        "s'est terminée à une heure comme prévu donc je conteste ce montant et "
        "si ça se règle pas je vais contester le paiement auprès de ma banque "
        "voilà",
        "billing_dispute",
    ),
    (
        "hello dear it's Mrs Oakley Margaret Oakley O A K L E Y I had your young "
        "man round on Tuesday to do the piano the upright in the front room and "
        "he was very nice and um when I booked it on the phone it was ninety "
        "five pounds and now I've got the bill in front of me and it says one "
        "hundred and eighty and I don't think that's right I didn't agree to "
        "that at all so could somebody ring me back about it please",
        "billing_dispute",
    ),
    (
        "hola buenas eh mire soy Javier Ruiz alumno de la autoescuela o sea el "
        "mes pasado cancelé dos clases prácticas con más de cuarenta y ocho "
        "horas como dice el contrato y me las han cobrado igual son sesenta "
        "euros que no debería pagar ya lo hablé con la chica de recepción y "
        "nada así que si no me lo devuelven voy a pedir la devolución del cargo "
        "al banco",
        "billing_dispute",
    ),
    (
        "yes hello I'm calling about my late husband's funeral it was Gordon "
        "Hale H A L E back in um March and the second limousine didn't come in "
        "the end so your Mr Price said on the day he'd refund the hundred and "
        "fifty pounds for it and said it'd be a week or two and it's now uh "
        "nearly three months and nothing's come through I've checked with my "
        "daughter on the computer and there's nothing",
        "refund_exception",
    ),
    (
        "ja hallo hier ist Sabine Köhler äh wir hatten bei Ihnen den Stellplatz "
        "gebucht für den Wohnwagen für die zwei Wochen im Juli und also mein "
        "Mann ist jetzt im Krankenhaus er hatte einen Herzinfarkt und ich weiß "
        "dass die kostenlose Stornierung schon vorbei ist aber wir können ja "
        "einfach nicht kommen und ich wollte fragen ob Sie da nicht doch eine "
        "Ausnahme machen und uns das Geld zurückgeben",
        "refund_exception",
    ),
    (
        "hi there um this is a bit of a hard call sorry my mum Jean Whitfield "
        "she'd paid up front for a block of ten riding lessons with you it was "
        "her birthday treat to herself and she um she passed away last month "
        "and she'd only had two of them I know the terms say no refunds on "
        "blocks but I was wondering given the circumstances whether you could "
        "refund the other eight to her estate",
        "refund_exception",
    ),
    (
        "allô oui bonjour euh je suis monsieur Garnier j'ai acheté des appareils "
        "auditifs chez vous il y a à peu près trois mois et franchement ça me "
        "va pas je les ai portés hein je les ai essayés tout ce temps mais je "
        "les supporte pas et je sais que la période d'essai c'est trente jours "
        "mais je voudrais quand même être remboursé parce que ça m'a coûté une "
        "fortune",
        "refund_exception",
    ),
    (
        "sí hola llamo porque hace ya seis semanas cancelé una reserva del "
        "parking del aeropuerto porque se canceló mi vuelo y me dijeron por "
        "teléfono que me devolvían los ochenta y dos euros en cinco días "
        "hábiles y bueno aquí estamos no ha llegado nada la reserva es la p de "
        "París cuatro cuatro uno ocho",
        "refund_exception",
    ),
    (
        "oh hi um so it's Daniel Mensah from unit uh thirty two B and I'm just "
        "I've been with you a few years it's been great honestly really no "
        "problems the thing is we're moving to Portugal at the end of the month "
        "and I've already emptied most of it so what I need is for you to close "
        "the account from the thirtieth and also I don't want you keeping my "
        "details on file after that so if you could delete all my data as well "
        "that'd be great",
        "account_closure",
    ),
    (
        "Grüß Gott hier spricht Huber Josef also ich hab bei Ihnen dieses "
        "Batterie Abo wo jeden Monat die Batterien kommen für das Hörgerät und "
        "äh ich hab jetzt ein neues Gerät mit Akku von meinem Sohn bekommen "
        "also ich brauch das nimmer und ich möchte das Abo bitte kündigen zum "
        "nächsten Monat",
        "account_closure",
    ),
    (
        "hey it's um Priya Shah I passed my test last week yay thanks to Mike "
        "he was brilliant so uh I don't need the account anymore can you close "
        "it and delete my stuff like my provisional licence details and my "
        "address and that I don't really want that sitting on your system",
        "account_closure",
    ),
    (
        "hello this is Robert Lang calling about my father Arthur Lang who has "
        "your carers coming in the mornings and evenings um we've had a lot of "
        "discussion as a family and Dad's going into a nursing home from the "
        "first of next month so we need to cancel the care contract end it from "
        "that date and stop the direct debit I'm his power of attorney if you "
        "need that",
        "account_closure",
    ),
    (
        "yeah hi so I've got a letter here from my solicitor and she said I "
        "should ring you as well as post it so I'll read it um we write on "
        "behalf of our client Mr Terence Doyle regarding the increase in pitch "
        "fees at plot forty one which our client believes is in breach of his "
        "written agreement we require a response within fourteen days failing "
        "which we will issue proceedings in the county court so yeah that's it",
        "legal",
    ),
    (
        "ja hallo also hier ist Petra Wagner es geht um meine Mutter Ilse "
        "Wagner äh letzte Woche ist die Pflegekraft einfach nicht gekommen und "
        "meine Mutter lag stundenlang auf dem Boden ich hab jetzt einen Anwalt "
        "eingeschaltet und eine Beschwerde bei der Pflegekasse eingereicht und "
        "der Anwalt wird sich diese Woche schriftlich bei Ihnen melden",
        "legal",
    ),
    (
        "hola buenas tardes eh mire llamo por lo de nuestra boda que ustedes "
        "cancelaron dos meses antes y todavía no tenemos solución ni la señal "
        "de tres mil euros o sea ya hemos puesto una reclamación en la oficina "
        "de consumo y nuestro abogado les va a mandar un burofax esta semana "
        "solo quería que lo supieran",
        "legal",
    ),
    (
        "hi it's Connor Walsh W A L S H I paid for a twenty hour intensive "
        "course back in um January right and the instructor cancelled like "
        "every other session and I've emailed and emailed so I'm just letting "
        "you know I've started a small claims case online for the money you "
        "should get something from the court soon yeah",
        "legal",
    ),
    (
        "hello um I just wanted to check something I got a text this morning "
        "saying it was from you saying my parking booking at gat wick had a "
        "payment problem and I needed to click a link and put my card details "
        "in again and I um I did start to do it and then it asked for my pin "
        "and I thought that's odd so is that really you because if not I think "
        "someone's trying to scam your customers",
        "security",
    ),
    (
        "bonjour euh voilà je suis cliente chez vous pour un box de stockage au "
        "nom de Nadia Benali et j'ai reçu hier soir un mail comme quoi "
        "l'adresse mail de mon compte avait été changée et le code d'accès "
        "aussi mais c'est pas moi du tout j'ai rien touché donc y a quelqu'un "
        "qui est rentré dans mon compte et j'ai toutes mes affaires dans ce box",
        "security",
    ),
    (
        "hi yeah um it's Lorraine calling I'm Mum's main contact on the family "
        "portal you know the app where we see the carers' notes and um this is "
        "probably nothing but I got an email saying someone logged in from a "
        "new device in uh Manchester I think it said and none of us are in "
        "Manchester and then when I went in the phone number on the account had "
        "been changed to one I don't recognise",
        "security",
    ),
    (
        "ja hallo hier ist Lukas Schmidt ich bin Fahrschüler bei Ihnen und äh "
        "gerade hat mich jemand angerufen der gesagt hat er ist von der "
        "Fahrschule und ich müsste meine IBAN und meine Ausweisnummer nochmal "
        "durchgeben wegen der Prüfungsanmeldung und das kam mir komisch vor "
        "weil das ja eigentlich schon alles bei Ihnen ist war das echt von "
        "Ihnen oder nicht",
        "security",
    ),
    (
        "hola buenos días soy Carmen Ortega eh verán me ha llegado un correo de "
        "la clínica con mi cita de revisión y adjunto venía un excel con los "
        "nombres los teléfonos y los resultados de las audiometrías de no sé "
        "cuántos pacientes más o sea datos de salud de otras personas yo no lo "
        "he reenviado pero eso no puede estar pasando",
        "security",
    ),
    (
        "hi um it's uh Kev from unit one one four I think I've lost the gate "
        "fog I mean fob you gave me the little blue one it was on my van keys "
        "and the keys turned up but the fob's come off somewhere no idea where "
        "maybe the petrol station so I'm a bit worried anyone could just get in "
        "can you stop it and do me a new one",
        "lost_stolen",
    ),
    (
        "ja servus hier ist Weber vom Dauerstellplatz siebenundzwanzig uns ist "
        "am Wochenende die Tasche aus dem Auto gestohlen worden und da war die "
        "Chipkarte für die Schranke drin und der Schlüssel vom Sanitärhaus den "
        "wir von Ihnen haben also können Sie die Karte sperren bevor da jemand "
        "reinfährt",
        "lost_stolen",
    ),
    (
        "oui allô c'est Julie Marchand propriétaire de la jument Caramel en "
        "pension chez vous euh on m'a volé mon sac hier à la gare et dedans y "
        "avait le badge pour le portail des écuries et la clé de la sellerie "
        "que vous m'aviez donnés donc je préfère vous prévenir tout de suite "
        "pour que vous désactiviez le badge",
        "lost_stolen",
    ),
    (
        "hello is that the care agency it's Mrs Pritchard Edna Pritchard on Elm "
        "Road um I'm ever so sorry to bother you but my handbag was taken from "
        "my trolley at the shops this morning and the spare front door key "
        "your office gave me was in it and the little card where your lady "
        "wrote the code for the key safe by the door so um I don't feel very "
        "safe now",
        "lost_stolen",
    ),
    (
        "oh hello um you did my piano I think it was two years ago now lovely "
        "job and I'm not sure this is anything to do with you really but I was "
        "going through my bank statement and there's a payment to you of sixty "
        "pounds on the third and then another one on the third of this month "
        "and I haven't had anybody out and I don't remember signing up for any "
        "sort of plan so I'm a bit confused",
        "unrecognised_payment",
    ),
    (
        "hi there so this is a weird one my name's Tom Ellery and there's a "
        "direct debit coming out of my account every month to your venue forty "
        "five pounds and I've never booked a wedding with you I'm not even "
        "engaged ha so I've no idea what it's for and I certainly didn't sign "
        "any mandate",
        "unrecognised_payment",
    ),
    (
        "oui bonjour euh je vous appelle parce que sur mon relevé de compte je "
        "vois un prélèvement de trente-deux euros chaque mois à votre nom des "
        "pompes funèbres depuis mars et moi j'ai jamais souscrit de contrat "
        "obsèques ni rien du tout chez vous j'ai jamais signé quoi que ce soit "
        "alors je comprends pas",
        "unrecognised_payment",
    ),
    (
        "hello yes sorry it's um Rachel Bright my daughter used to have lessons "
        "with you but she stopped last summer and um I've just noticed there's "
        "a card payment to the stables for two hundred and ten pounds last week "
        "which um neither of us made we haven't been there in months so I don't "
        "know what that is",
        "unrecognised_payment",
    ),
    (
        "yeah hi I'm literally at the barrier of your car park now and it won't "
        "read my number plate and the QR code on the app just says error and "
        "there's a queue of like ten cars behind me and the help button on the "
        "post isn't answering either your whole system seems to be down",
        "outage",
    ),
    (
        "hola qué tal soy Marta de la autoescuela bueno alumna quiero decir eh "
        "la aplicación para reservar las prácticas lleva desde el lunes sin "
        "funcionar sale una pantalla en blanco y mis compañeros me dicen que a "
        "ellos igual y la web tampoco carga así que nadie puede reservar clases",
        "outage",
    ),
    (
        "hello I've been trying to ring the clinic for two days and the main "
        "number just goes dead it doesn't even ring and the online booking page "
        "says service unavailable when you try to pick a time so I'm calling "
        "the other branch's number from the back of my hearing eight card is "
        "your system down",
        "outage",
    ),
    (
        "allô bonjour euh je voulais réserver un emplacement pour la Pentecôte "
        "sur votre site et au moment de payer ça plante à chaque fois erreur "
        "cinq cents un truc comme ça et là j'ai essayé avec l'appli et pareil "
        "ça tourne dans le vide votre site il est en panne ou quoi",
        "outage",
    ),
    (
        "this is the third time I've called about my mother's service and I'm "
        "I'm honestly at the end of my rope the order of service had her name "
        "spelled wrong it's Maureen M A U R E E N not Morine and the flowers "
        "were the wrong ones and nobody has called me back not once I want to "
        "speak to a manager today not a voicemail",
        "complaint",
    ),
    (
        "ja hallo Meier hier ich hab mein Pferd seit zwei Jahren bei Ihnen in "
        "Pension und ich bin wirklich stinksauer ich komm heute in den Stall "
        "und der Wassereimer ist leer die Box ist seit Tagen nicht gemistet das "
        "ist jetzt das dritte Mal dass ich mich beschwere ich will den Chef "
        "sprechen sonst bin ich Ende des Monats weg",
        "complaint",
    ),
    (
        "mire es la tercera vez que llamo esta semana la cuidadora de mi padre "
        "no ha venido ni el martes ni hoy y nadie me avisa mi padre tiene "
        "ochenta y siete años y no puede estar solo quiero poner una queja "
        "formal y que me llame la responsable hoy mismo porque esto es una "
        "vergüenza",
        "complaint",
    ),
    (
        "hi sorry I'm a bit stressed um it's Hannah Cole we're getting married "
        "with you in three weeks and our coordinator hasn't answered a single "
        "email since April we still don't know the table plan or the menu and "
        "I've called like six times honestly this is the worst experience "
        "we've had and if someone senior doesn't ring me today I'm putting it "
        "all on Google reviews",
        "complaint",
    ),
    (
        "oui bonjour c'est monsieur Bertrand votre accordeur est passé jeudi et "
        "franchement c'est inadmissible il est arrivé avec deux heures de "
        "retard il a été désagréable avec ma femme et le piano sonne plus faux "
        "qu'avant je veux déposer une réclamation officielle et parler au "
        "responsable",
        "complaint",
    ),
    # ordinary
    (
        "hi um yeah I'd like to book a pitch for a touring caravan for the uh "
        "second week of August so the ninth to the sixteenth two adults two "
        "kids and a dog is that alright and we'd need electric hook up please",
        "none",
    ),
    (
        "hi it's Ellie Turner my lesson's on Thursday at four with um Sandra "
        "and I've got a hospital appointment now so could we move it to Friday "
        "same time or Saturday morning whichever's free thanks",
        "none",
    ),
    (
        "ja guten Tag äh ich möchte gern einen Termin für einen Hörtest machen "
        "für mich selber also mein Name ist Renate Fischer und was muss ich "
        "denn da mitbringen die Versichertenkarte nehme ich an und brauch ich "
        "eine Überweisung vom Ohrenarzt",
        "none",
    ),
    (
        "bonjour euh c'est Camille on a rendez-vous samedi pour visiter le "
        "domaine avec mon fiancé et je voulais savoir comment on vous trouve "
        "parce que sur le GPS ça nous envoie dans un chemin et est-ce qu'il y a "
        "un parking sur place voilà merci",
        "none",
    ),
    (
        "hola buenas quería saber a qué hora se puede acceder a los trasteros "
        "los fines de semana y cuánto cuesta uno pequeño de esos de dos metros "
        "cuadrados más o menos es para guardar unas cajas de la mudanza",
        "none",
    ),
    (
        "hello this is Mr Albert Finch F I N C H I'd like somebody to come and "
        "tune my piano please it's a Broadwood baby grand it hasn't been done "
        "since um oh the pandemic I'm at number twelve Orchard Close that's O R "
        "C H A R D and I'm in most days except Wednesdays",
        "none",
    ),
    (
        "hi yeah quick question we've booked the meet and greet for Saturday "
        "where exactly do we drop the car off is it the short stay level two "
        "and do we pay anything on the day or is it all done online already",
        "none",
    ),
    (
        "hallo ja äh ich wollte fragen meine Tochter ist neun und möchte gern "
        "reiten lernen haben Sie da Anfängerkurse für Kinder und was kostet das "
        "so ungefähr und braucht sie einen Helm oder kann man den bei Ihnen "
        "leihen",
        "none",
    ),
    (
        "bonjour madame euh mon père est décédé ce matin à la maison et le "
        "médecin est passé et euh je sais pas trop comment ça se passe quels "
        "papiers je dois préparer pour qu'on organise les obsèques avec vous et "
        "est-ce qu'on peut venir cet après-midi",
        "none",
    ),
    (
        "hola soy Luis Navarro el hijo de doña Pilar Navarro que tiene el "
        "servicio de ayuda a domicilio quería pedir las facturas del año pasado "
        "para la declaración de la renta si me las pueden mandar al correo que "
        "tienen eh gracias",
        "none",
    ),
    (
        "hi it's Susan Reid I'm the contact for my aunt June who you look after "
        "um I've got a new mobile number so this one I'm calling from now is "
        "the new one the old one ending six two nine can come off please it's "
        "oh seven seven double oh nine four one three two eight",
        "none",
    ),
    (
        "hi yeah I ordered some packing boxes and tape from you on Monday for "
        "delivery to the unit um it's Amir Patel unit sixty and they said two "
        "days has it gone out yet",
        "none",
    ),
    (
        "ja hallo ich hab letzte Woche bei Ihnen am Flughafen geparkt "
        "Buchungsnummer äh M wie Martha drei acht acht fünf null und ich "
        "bräuchte dafür eine richtige Quittung mit Mehrwertsteuer für meine "
        "Reisekostenabrechnung geht das per Mail",
        "none",
    ),
    (
        "hola buenas eh llegamos el viernes con la autocaravana y quería saber "
        "a qué hora abre la recepción y hasta qué hora se puede hacer el check "
        "in porque igual llegamos tarde tipo diez de la noche",
        "none",
    ),
    (
        "hello it's about the service for Mr Dennis Hart on Friday I'm a friend "
        "from his bowls club and I just wanted to check it's still eleven "
        "o'clock at the crematorium and where should we send flowers to you or "
        "straight there",
        "none",
    ),
    (
        "bonjour euh je voudrais inscrire mon fils il a dix-sept ans pour le "
        "permis en conduite accompagnée et je voulais savoir le prix du forfait "
        "avec le code et les vingt heures et quels papiers il faut amener pour "
        "l'inscription",
        "none",
    ),
    (
        "hi um I need to order some more batteries for my hearing aides and I "
        "can never remember the size it's the little orange tab ones I think "
        "is that thirteen or three one two and can I pay over the phone with a "
        "card",
        "none",
    ),
    (
        "hola buenas tardes tengo un piano vertical en casa que hace como tres "
        "años que no se afina y quería saber cuánto cobran por la afinación y "
        "si podrían venir alguna tarde de la semana que viene vivo en el centro",
        "none",
    ),
    (
        "hi it's Jess and Aaron booked for the twenty first of September um "
        "just updating numbers we're now at uh ninety two day guests not eighty "
        "eight and two more need gluten free and one vegan should I email that "
        "over as well",
        "none",
    ),
    (
        "guten Morgen ähm ich hab bei Ihnen ein Lagerabteil und wollte nur "
        "fragen ob man am Samstag auch rein kann und bis wann und ob Sie so "
        "einen Sackkarren oder Rollwagen haben den man sich ausleihen kann",
        "none",
    ),
    (
        "hi there we're thinking of booking a static caravan with you for "
        "October half term but um before we pay anything what are your "
        "cancellation terms like if one of the kids gets ill do we lose the "
        "deposit or is there insurance or something",
        "none",
    ),
    (
        "hello um we're just comparing a few venues at the moment and yours is "
        "top of the list but my partner wanted me to ask how refunds work in "
        "general like if we had to move the date is the deposit transferable "
        "or do you refund part of it we haven't booked anything yet",
        "none",
    ),
    (
        "hi it's Graham Lowe unit eighty eight I just wanted to say thanks to "
        "the lady who sorted out the double charge last month it's all come "
        "back now so that's all fine and uh while I'm on can I get a bigger "
        "padlock from reception",
        "none",
    ),
    (
        "hiya um I'm not complaining or anything just wondering really why is "
        "it twenty pounds more if I drop off on a Friday than a Thursday is "
        "that a weekend thing because I can probably move my flight",
        "none",
    ),
    (
        "oh hello I was at the service for Mrs Goodwin yesterday in your chapel "
        "and I think I left my scarf on the pew it's a navy one with little "
        "birds on it not valuable at all just sentimental could someone have a "
        "look and I'll pop in",
        "none",
    ),
    (
        "hi um got your invoice thanks all fine I'll pay it today just one "
        "thing it says travel supplement twelve pounds what's that for is that "
        "because I'm out in the village it's fine I just didn't know what it "
        "meant",
        "none",
    ),
    (
        "hello I'm calling for my mum Dorothy Evans she's ninety one and "
        "doesn't hear well on the phone she has the lunchtime visit already "
        "and she'd like an extra visit on Sunday afternoons if you've got "
        "someone to help with a bath could you tell me what's available",
        "none",
    ),
    (
        "hello I'm um sixty three and I've never driven and my son he's a "
        "barrister down in London keeps telling me to just do it so here I am "
        "ha could I book a first lesson and do you have anyone patient with "
        "nervous older learners",
        "none",
    ),
    (
        "hi um silly thing I've lost the little carrying case for my hearing "
        "aids the grey one I think it fell out at the bus stop could I buy a "
        "new one from you or do I have to order it online",
        "none",
    ),
    (
        "hi I'm thinking of moving my gelding to you for full livery from next "
        "month um before I commit what's the notice period if I ever needed to "
        "move him on is it a month and is that in the contract",
        "none",
    ),
    (
        "hi yeah it's Ben I had my lesson this morning with Raj and I think I "
        "left my umbrella in the back of the car it's just a black one from the "
        "supermarket so no rush just if he sees it",
        "none",
    ),
    (
        "hallo ja guten Tag wir überlegen bei Ihnen für Pfingsten einen "
        "Stellplatz zu buchen und ich wollt vorher mal fragen wie das mit der "
        "Stornierung ist also bis wann kann man kostenlos stornieren falls was "
        "dazwischenkommt",
        "none",
    ),
    (
        "ja hallo hier ist Anna Becker ich wollt mich nur kurz bedanken das mit "
        "der Rückerstattung für die Dekoration hat jetzt geklappt das Geld ist "
        "gestern angekommen also alles gut und schöne Grüße an Frau Krause",
        "none",
    ),
    (
        "guten Tag hier ist Klaus Hoffmann ich hab die Rechnung für meine "
        "Mutter bekommen das passt alles ich überweis das auch nur da steht so "
        "eine Position Wegepauschale was ist denn das genau nur damit ich das "
        "verstehe",
        "none",
    ),
    (
        "bonjour euh je cherche un box pour six mois à peu près et je voulais "
        "savoir comment ça marche si je veux arrêter avant est-ce qu'il y a un "
        "préavis ou des frais parce que je sais pas encore exactement quand je "
        "déménage",
        "none",
    ),
    (
        "oui bonjour c'est la maman de Léa qui monte le mercredi euh je me "
        "plains pas hein c'est juste pour savoir pourquoi le cours a été "
        "déplacé à quinze heures c'est pour l'organisation avec l'école",
        "none",
    ),
    (
        "bonjour je vous appelle pour ma mère madame Rousseau qui est appareillée "
        "chez vous elle entend mal au téléphone alors c'est moi qui m'en occupe "
        "et elle aurait besoin d'un rendez-vous de contrôle le mois prochain de "
        "préférence le matin",
        "none",
    ),
    (
        "hola buenos días llamo por el velatorio de mi tío Ramón mi prima que "
        "es abogada es la que lleva los papeles de la herencia pero yo solo "
        "quería saber a qué hora abre la sala mañana y si se pueden llevar "
        "flores",
        "none",
    ),
    (
        "hola eh creo que me dejé unas gafas de sol en el autobús lanzadera del "
        "parking ayer por la tarde son marrones normalitas no pasa nada si no "
        "aparecen pero si las encuentran me paso a recogerlas",
        "none",
    ),
    (
        "hola buenas una pregunta general antes de reservar eh la fianza que se "
        "paga por la parcela de temporada cómo funciona la devolución al final "
        "o sea cuánto tarda y si se devuelve a la misma tarjeta",
        "none",
    ),
)

SPOKEN_CHECKS_K: tuple[tuple[str, str], ...] = (
    # high risk
    (
        "Name: Priya Raman / Topic: Billing / Message: Our renewal invoice INV-20931 "
        "shows £479 for the Business hosting plan, but the quote we accepted in March "
        "says £329 per year. Please correct the invoice before the due date. We will "
        "not be paying the higher amount.",
        "billing_dispute",
    ),
    (
        "Hallo, mir wurde diesen Monat die Abo-Gebühr für mein E-Bike zweimal "
        "abgebucht, am 3. und am 4. jeweils 69 €. Vereinbart ist natürlich nur einmal "
        "pro Monat. Bitte erstatten Sie mir den doppelt abgebuchten Betrag.",
        "billing_dispute",
    ),
    (
        "Madame, Monsieur, j'ai commandé le 2 mai un bouquet « Printemps » affiché à "
        "45 € sur votre site, livraison comprise. Or, ma carte a été débitée de 78 €. "
        "Je n'ai accepté aucun supplément et je conteste donc ce montant. Je vous "
        "remercie de bien vouloir me rembourser la différence. Veuillez agréer mes "
        "salutations distinguées. Jeanne Lefort",
        "billing_dispute",
    ),
    (
        "Me habéis cobrado 39,90 en vez de 29,90 este mes. Eso no es lo que contraté, "
        "quiero que me devolváis la diferencia ya.",
        "billing_dispute",
    ),
    (
        "Hi team, hope you're all well. Quick one on the March invoice: we've been "
        "billed for 48 seats, but we've had 31 employees on payroll since January, "
        "which your own dashboard confirms. I raised this in February too. Our finance "
        "director has said we'll have to ask the bank for a chargeback if it isn't "
        "corrected by Friday, which we'd really rather avoid. Thanks, Owen "
        "(Hartley Joinery Ltd)",
        "billing_dispute",
    ),
    (
        "Hi, you promised me a refund of $212 for the night you cancelled at your "
        "Lisbon hotel on 2 May (ticket 55821 confirms it). It's now July and nothing "
        "has arrived on my card. Where is it?",
        "refund_exception",
    ),
    (
        "Sehr geehrte Damen und Herren, im April habe ich bei Ihnen drei Apfelbäume "
        "gekauft. Leider sind zwei davon im Sommer eingegangen, obwohl ich sie genau "
        "nach Ihrer Anleitung gepflegt habe. Mir ist bewusst, dass die Rückgabefrist "
        "von 30 Tagen längst abgelaufen ist. Dennoch möchte ich Sie höflich bitten, "
        "mir den Kaufpreis zu erstatten oder Ersatz zu liefern. Mit freundlichen "
        "Grüßen, Gertrud Hahn",
        "refund_exception",
    ),
    (
        "Bonjour, mon fils de 15 ans a souscrit à l'abonnement Famille annuel sur mon "
        "compte sans me demander, il y a deux mois. Je sais que le délai de "
        "rétractation est dépassé, mais nous ne l'avons quasiment pas utilisé. "
        "Serait-il possible, à titre exceptionnel, d'obtenir un remboursement ?",
        "refund_exception",
    ),
    (
        "Hola. El 12 de marzo me confirmaron por el chat que me devolverían la fianza "
        "de 150 € de la bici en cinco días hábiles. Han pasado seis semanas y no he "
        "recibido nada. ¿Qué ha pasado con mi dinero?",
        "refund_exception",
    ),
    (
        "Hello, I receive the beer box last week but I was in hospital for 3 weeks and "
        "the box was outside the door all this time, now the beers are warm and taste "
        "bad. I know it is more than the 14 days for return, but is possible to get "
        "the money back? I can send the paper from the hospital.",
        "refund_exception",
    ),
    ("pls cancel my premium, not using it anymore. thx", "account_closure"),
    (
        "Guten Tag, hiermit kündigen wir unseren Hosting-Vertrag (Kundennummer 44817) "
        "fristgerecht zum 30.09. Bitte bestätigen Sie die Kündigung schriftlich und "
        "löschen Sie anschließend sämtliche Daten auf dem Server. Mit freundlichen "
        "Grüßen, Müller & Sohn Haustechnik GmbH",
        "account_closure",
    ),
    (
        "Bonjour, je souhaite supprimer mon compte sur votre espace client ainsi que "
        "toutes mes données personnelles. Merci de me confirmer quand c'est fait.",
        "account_closure",
    ),
    (
        "Buenas tardes. Nos mudamos a Valencia el mes que viene y queremos dar de baja "
        "el servicio de vigilancia de la alarma a partir del 1 de noviembre. ¿Qué "
        "tenemos que hacer con la central y los sensores? Gracias.",
        "account_closure",
    ),
    (
        "Hi Sam, first of all thank you for everything over the last three years, your "
        "onboarding team was brilliant. We've recently been acquired by a larger group "
        "that uses another payroll provider, so after the June run we'll need to close "
        "our account with you. Could you let me know the steps and the notice you need "
        "from us?",
        "account_closure",
    ),
    (
        "Name: Daniel Okafor / Topic: My personal data / Message: Under Article 15 of "
        "the UK GDPR I am making a subject access request for all personal data you "
        "hold about me, including call recordings and notes from my claim in 2022. "
        "Please respond within the statutory one-month period.",
        "legal",
    ),
    (
        "Madame, Monsieur, malgré mes trois courriels, vous n'avez toujours pas répondu "
        "à ma réclamation concernant le séjour annulé à Nice. La présente vaut mise en "
        "demeure : sans réponse de votre part sous huit jours, je saisirai le Médiateur "
        "du Tourisme et du Voyage. Cordialement, Alain Roussel",
        "legal",
    ),
    (
        "Ich habe Ihrer Werbung per E-Mail zweimal widersprochen und bekomme trotzdem "
        "weiter Newsletter. Ich habe deshalb heute Beschwerde beim Landesbeauftragten "
        "für Datenschutz eingereicht. Das nur zu Ihrer Information.",
        "legal",
    ),
    (
        "Dear team, thank you for taking the time to speak with me on Tuesday. As we "
        "haven't been able to agree a resolution regarding the damaged arrangements for "
        "our gala on 14 June, I wanted to let you know that our solicitor will now be "
        "in touch. In the meantime, please keep all delivery records and photos for "
        "that date. Kind regards, Helen Marsh, Events Manager, Kestrel Hall",
        "legal",
    ),
    (
        "Someone logged into my account from Brazil last night, changed the email "
        "address and deleted all my playlists. I can't even log in now. How is this "
        "possible?? Fix this!",
        "security",
    ),
    (
        "Hola, varios empleados han recibido correos que parecen vuestros pidiendo que "
        "«verifiquen» su cuenta bancaria en un enlace (nominas-verificacion.com). ¿Son "
        "de vosotros? Dos personas ya han metido sus datos y su contraseña.",
        "security",
    ),
    (
        "Hello, just a quick question about my rewards account, no rush. This morning "
        "I got an email saying my password had been changed, which I didn't do, and "
        "looking at the app my balance seems to be about 40,000 points lower than last "
        "week. Could someone have a look when you get a chance?",
        "security",
    ),
    (
        "Our alarm app history shows the system was disarmed at 2:14 am on Tuesday "
        "with a user code none of us recognise. Nobody in the house did it. Who else "
        "has access to our account?",
        "security",
    ),
    (
        "Hi, one of our warehouse staff lost her clock-in badge for the time terminals "
        "yesterday. Can you block badge no. 0047 so nobody can clock in with it, and "
        "tell us how to order a replacement?",
        "lost_stolen",
    ),
    (
        "Hi! Loving the stay so far, breakfast is amazing. One small thing, I think I "
        "left my room key card in the taxi this afternoon (room 1408). Could the front "
        "desk do something about it? I'll be out until about 9 tonight and my laptop "
        "is in the room.",
        "lost_stolen",
    ),
    (
        "Bonjour, le vélo électrique de mon abonnement a été volé cette nuit devant mon "
        "immeuble, alors qu'il était attaché avec l'antivol fourni. J'ai déposé plainte "
        "au commissariat ce matin. Que dois-je faire maintenant ?",
        "lost_stolen",
    ),
    (
        "Me han robado el bolso esta tarde en el metro con el mando de la alarma y las "
        "llaves de casa dentro. ¿Podéis desactivar el mando ya?",
        "lost_stolen",
    ),
    (
        "There's a £34.99 payment to 'HOPCRATE CLUB' on my credit card statement and "
        "I've never signed up for anything with you. What is this charge?",
        "unrecognised_payment",
    ),
    (
        "Was ist das für eine Abbuchung von 14,99 € von euch? Ich hab gar kein Abo.",
        "unrecognised_payment",
    ),
    (
        "Bonjour, sur le relevé de la carte de l'entreprise je vois un prélèvement de "
        "119,88 € à votre nom daté du 3 octobre. Personne chez nous n'a commandé quoi "
        "que ce soit chez vous et nous n'avons pas de compte. Pouvez-vous m'expliquer "
        "de quoi il s'agit ?",
        "unrecognised_payment",
    ),
    (
        "Hola, buenos días. Estaba repasando los movimientos de la tarjeta y veo un "
        "cargo de 62 € de su floristería del 14 de febrero. Ese día no encargué flores "
        "ni estuve en la tienda, y nadie más usa esa tarjeta. ¿Me podrían decir a qué "
        "corresponde?",
        "unrecognised_payment",
    ),
    (
        "App crashes every single time I open it since this morning's update. Can't "
        "play one song. Paying for premium for THIS?? 1 star until it's fixed.",
        "outage",
    ),
    (
        "Seit heute früh um 8 Uhr kommen wir nicht mehr ins Lohnportal, es erscheint "
        "nur „Fehler 503“. Die Gehaltsabrechnung muss heute raus, bitte dringend "
        "melden!",
        "outage",
    ),
    (
        "all our sites are down, 502 bad gateway on every domain. status page says all green??",
        "outage",
    ),
    (
        "Good afternoon, I've been trying since yesterday to place an order on your "
        "website, but after I enter my card details the page just goes blank and "
        "nothing happens. My neighbour says she's had the same problem. Is something "
        "wrong on your end?",
        "outage",
    ),
    (
        "This is the THIRD time the replacement battery hasn't turned up on the day you "
        "promised. I've taken three afternoons off work to wait in for it. I want a "
        "manager to call me today, otherwise I'm cancelling and leaving reviews "
        "everywhere I can.",
        "complaint",
    ),
    (
        "I wish to make a formal complaint about my stay at your Leeds City hotel from "
        "3 to 6 October. The room was not cleaned once, the air conditioning was broken "
        "and, despite four requests at reception, nobody came to fix it. I expect a "
        "written response from guest relations.",
        "complaint",
    ),
    (
        "Zum dritten Mal in Folge kommt mein Bierpaket mit zerbrochenen Flaschen an, "
        "alles klebt und der Karton ist durchweicht. Fotos habe ich jedes Mal "
        "geschickt, passiert ist nichts. Langsam reicht es mir wirklich, ich überlege "
        "ernsthaft, woanders zu bestellen.",
        "complaint",
    ),
    (
        "C'est inadmissible. Cela fait cinq fois que j'appelle pour mon dossier de "
        "sinistre et à chaque fois on me promet un rappel qui ne vient jamais. Je veux "
        "parler à un responsable, pas à un standard. Sinon je change de courtier.",
        "complaint",
    ),
    (
        "Dear Sir or Madam, I have been a customer of your shop for over twenty years "
        "and have always recommended you to friends. I am therefore sorry to write that "
        "the flowers I ordered for my sister's 80th birthday arrived two days late and "
        "already wilting, and when I telephoned, the young man I spoke to was rather "
        "dismissive. I would be grateful if someone senior could look into this. "
        "Yours faithfully, Margaret Ellis",
        "complaint",
    ),
    # ordinary
    (
        "How do I add a new starter mid-month so their first salary is pro-rated on the 28th?",
        "none",
    ),
    (
        "Name: Tom Becker / Topic: Upgrade / Message: We're on the Starter plan and "
        "running out of storage. If we upgrade to Pro today, is the price difference "
        "charged straight away or at our next renewal?",
        "none",
    ),
    ("do u deliver on sundays? need a dozen red roses to Hove by 11am", "none"),
    (
        "Hey! Can I switch from the city e-bike to the cargo model on my current "
        "subscription? How much extra would that be per month?",
        "none",
    ),
    (
        "Hi, where is my order #88213? The tracking page hasn't updated since Monday.",
        "none",
    ),
    (
        "Hello, how I can download the songs for listening offline in the plane? I "
        "have premium already but I don't find the button.",
        "none",
    ),
    (
        "Hi, could you resend the invoice for PO 7781 (the 40 gift boxes for our staff "
        "party)? Our accounts team can't find it. Please address it to Finance "
        "Department, Calder & Vine Ltd.",
        "none",
    ),
    (
        "Does your indoor camera work with Google Home, or only with your own app?",
        "none",
    ),
    (
        "Dear Sirs, I have recently moved to a smaller house and would be grateful if "
        "you could update my address on both my home and car policies. My new address "
        "is 14 Ashgrove Road, Harrogate HG2 0LP. Thank you for your help. Yours "
        "sincerely, Peter Whitlock",
        "none",
    ),
    (
        "Name: Aisha Khan / Topic: Check-in / Message: What time is check-in at the "
        "Manchester Piccadilly hotel, and can we drop our bags off earlier in the day?",
        "none",
    ),
    (
        "Kann ich die Lohnjournale für 2023 als Excel-Datei exportieren? Unser "
        "Steuerberater braucht sie bis Ende des Monats.",
        "none",
    ),
    (
        "Haben Sie die Kletterrose New Dawn wieder vorrätig? Und liefern Sie auch nach Österreich?",
        "none",
    ),
    (
        "Guten Tag, ich möchte zu meiner Buchung im Mai (Nr. 7734120) ein Kinderbett "
        "dazubuchen. Ist das noch möglich, und was kostet es pro Nacht?",
        "none",
    ),
    (
        "Bonjour, comment ajouter ma fille à mon abonnement Famille ? Elle a déjà un "
        "compte gratuit avec son adresse e-mail.",
        "none",
    ),
    (
        "Bonjour, est-il possible d'ajouter une petite carte avec un message "
        "personnalisé à ma commande pour demain ? Merci !",
        "none",
    ),
    (
        "Salut, combien coûte un nom de domaine en .fr chez vous la première année, et "
        "le renouvellement ensuite ?",
        "none",
    ),
    (
        "¿Qué horario tiene el taller para la revisión anual de la bici? Me vendría "
        "mejor un sábado por la mañana.",
        "none",
    ),
    (
        "Hola! ¿Puedo cambiar la dirección de entrega solo para la caja de este mes? "
        "Mandadla a mi oficina, calle de Alcalá 120, Madrid.",
        "none",
    ),
    (
        "Buenos días, somos una empresa de 12 empleados y queremos incluir a dos "
        "personas nuevas en el seguro médico colectivo a partir del 1 de junio. ¿Qué "
        "documentación necesitan?",
        "none",
    ),
    (
        "¿Cuánto cuesta añadir un detector de humo más a mi sistema? Ya tengo tres.",
        "none",
    ),
    (
        "Before I sign up: what's your cancellation policy? If I move abroad after four "
        "months, can I end the subscription early, and is there a fee?",
        "none",
    ),
    (
        "Not a complaint, just a suggestion: a dark mode in the control panel would be "
        "lovely. Otherwise really happy with everything!",
        "none",
    ),
    (
        "Just wanted to say a big thank you to Carla at the Bristol front desk for "
        "sorting out the double booking mix-up last week so quickly. The refund for "
        "the extra night came through yesterday. Great service!",
        "none",
    ),
    (
        "I think I left my umbrella in your Camden shop on Saturday, a green one with "
        "a wooden handle. Has anyone handed it in?",
        "none",
    ),
    (
        "Hi, what does the line 'Statutory filing fee – Q2' on this month's invoice "
        "refer to? We're not disputing it, I just need to explain it to our "
        "accountant.",
        "none",
    ),
    (
        "Quick question, is my personal data stored in the UK/EU or somewhere else? "
        "Just curious, no problem at all.",
        "none",
    ),
    (
        "Our company travel policy requires me to check this before booking: if we "
        "reserve 20 rooms for a conference in September and the event is cancelled, "
        "what are your refund and cancellation terms for group bookings?",
        "none",
    ),
    (
        "Does the app support two-factor authentication? I'd like to switch it on for my account.",
        "none",
    ),
    (
        "I got an email about scheduled maintenance this Sunday from 2 to 4 am. Will "
        "my alarm still be monitored during that window, or should I do anything?",
        "none",
    ),
    (
        "My sister's a lawyer and she absolutely loved the Belgian sour from last "
        "month's box, so I'd like to buy a 12-pack of it for her birthday. Can I order "
        "that outside my subscription?",
        "none",
    ),
    (
        "Wie sieht Ihre Rückgaberegelung bei Pflanzen aus? Ich überlege, eine größere "
        "Hecke zu bestellen, und möchte vorher wissen, was passiert, wenn Pflanzen "
        "beim Versand beschädigt werden.",
        "none",
    ),
    (
        "Ich habe beim Auschecken in Hamburg mein Handy-Ladekabel im Zimmer liegen "
        "lassen. Falls es gefunden wurde, könnten Sie es mir schicken? Die "
        "Versandkosten übernehme ich gern.",
        "none",
    ),
    (
        "Keine Beschwerde, nur ein kleiner Hinweis: Auf Ihren Rechnungen steht noch "
        "unsere alte Firmenadresse. Bitte ändern Sie sie für künftige Rechnungen auf "
        "Hafenstraße 12, 28217 Bremen. Danke!",
        "none",
    ),
    (
        "Unterstützt Ihre Software Single Sign-on über Microsoft Entra ID und "
        "Zwei-Faktor-Authentifizierung? Unsere IT-Sicherheit möchte das vor "
        "Vertragsabschluss wissen.",
        "none",
    ),
    (
        "Bonjour, merci pour l'intervention rapide du technicien mardi : la sirène "
        "fonctionne de nouveau parfaitement. Bonne journée à toute l'équipe !",
        "none",
    ),
    (
        "Bonjour, ma banque me demande une attestation d'assurance habitation pour mon "
        "prêt immobilier. Pouvez-vous me l'envoyer par e-mail ? Merci d'avance.",
        "none",
    ),
    (
        "Bonjour, les données de géolocalisation du vélo sont-elles hébergées en "
        "Europe ? Je pose la question avant de m'abonner.",
        "none",
    ),
    (
        "Hola, si cancelo la prueba gratuita antes de que termine, ¿me cobran algo? "
        "Lo pregunto antes de activarla.",
        "none",
    ),
    (
        "Buenos días, nuestro departamento jurídico necesita una copia del contrato "
        "anual de suministro de flores para el hotel. ¿Nos la podrían enviar en PDF? "
        "Gracias.",
        "none",
    ),
    (
        "Hola, nuestra abogada laboralista nos pide confirmar si el programa genera el "
        "registro de jornada que exige la ley. ¿Lo incluye o es un módulo aparte?",
        "none",
    ),
)

# Set L (2026-12-07): social-media direct messages, app-store review replies, in-app chat and
# letters from elderly customers; ten more industries. Written by someone who had read nothing of
# the project, kept unread until its one first-sight scoring (docs/classifier.md).
SPOKEN_CHECKS_L: tuple[tuple[str, str], ...] = (
    (
        "@ClearbrookWater my bill went from $48 to $312 this quarter. no leak, plumber checked, same 2 people in the house. not paying that. acct 55-0913-2 🙄 #ClearbrookWater",
        "billing_dispute",
    ),
    (
        "why is crux taking £54 twice a month now?? 1st AND 3rd. sort it or I'm going to my bank",
        "billing_dispute",
    ),
    (
        "Dear Sir or Madam, I write regarding the arrangements for my late husband, Harold Pemberton, in March. The quotation your Mr Dale gave me in person was £3,950 all told. The invoice that arrived last week is for £5,410 and includes a 'limousine upgrade' and a 'premium floral package' which I did not ask for and do not recall seeing on the day. I am 81 and I do not wish to make a fuss, but I cannot pay for things I did not agree to. I have kept the original quotation paper in the bureau. Please would someone telephone me rather than email, as my grandson looks after the computer and he is only here on Sundays. Yours faithfully, Margaret Pemberton",
        "billing_dispute",
    ),
    (
        "show got MOVED to a tuesday and i work tuesdays. page says no refunds on rescheduled events but come on. order ST-448812, 2 tix $186. can a human look at this",
        "refund_exception",
    ),
    (
        "Your agent Priya told me in chat on 2 May the 6 unused sessions (£210) would be back on my card in 5-7 days. it's been 5 weeks. still waiting. ref BP-20931",
        "refund_exception",
    ),
    (
        "I want nothing more to do with Kestrel. erase me. kyc docs, selfie, all of it",
        "account_closure",
    ),
    (
        "moving to Lisbon next month 🇵🇹 how do i stop the annual pass so it doesnt renew in sept? user pc_77120",
        "account_closure",
    ),
    (
        "Our dog Biscuit died two days after the dental procedure at your Elm St clinic. We have asked for his full clinical records twice and heard nothing. Our solicitor will be contacting you, and we expect the records released within the statutory period.",
        "legal",
    ),
    (
        "Under Article 15 GDPR please send me copies of all personal data Meridian Freight holds about me incl. call recordings. Customer no. MF-3320-U",
        "legal",
    ),
    (
        "got an email 'Kestrel Security: verify your wallet' from kestrel-support.co, clicked it and typed my 2FA code 😬 then it logged me out. balance still shows but im scared",
        "security",
    ),
    (
        "someone else seems to be using my login?? theres an appointment I never booked and my address now says Leeds",
        "security",
    ),
    (
        "new device sign-in alert from Shanghai at 3am. I'm in Ohio 😳 my card is saved on there",
        "security",
    ),
    (
        "left my bag by the bouldering wall sat night and its gone. member fob + locker key were in it. can u kill the fob",
        "lost_stolen",
    ),
    (
        "bike 40217 got nicked while I was in the shop, it was locked through the app?? ride still running on my account 😩",
        "lost_stolen",
    ),
    (
        "hi there's £89.00 to 'PAWSWELL VET GRP' on my card from the 12th. we don't have pets 🤷‍♀️",
        "unrecognised_payment",
    ),
    (
        "my statement has a line from you I never agreed to. MERIDIAN FRT 1,240.00 USD 14 Feb. we haven't shipped with you since 2022",
        "unrecognised_payment",
    ),
    (
        "no water on the whole of Ashby Road since 6am, neighbours the same, no notice of works. there are babies and old people on this street",
        "outage",
    ),
    (
        "Reply to developer: still can't unlock ANY bike. day 3. whole city stuck, 'error 503' every single time. 1 star till its fixed",
        "outage",
    ),
    (
        "THIRD time you've cancelled on me the morning of. I took unpaid leave for this. DONE. moving to a practice that respects people and every review site will hear about you",
        "complaint",
    ),
    (
        "Your reply says 'we're sorry to hear that'. you're not. my son's tutor didn't turn up 4 times this term and no one called us once. I want this escalated to whoever runs the place as a formal complaint",
        "complaint",
    ),
    (
        "before i buy - if the artist cancels do i get my money back automatically or do i have to ask?",
        "none",
    ),
    (
        "Just wanted to say the complaint I made in Jan about the billing mix-up was sorted fast by Janet at reception. booking my cleaning for next month now 😊",
        "none",
    ),
    (
        "card expired end of last month, where in the app do i put the new one so my membership doesnt lapse",
        "none",
    ),
    (
        "I'm an estate lawyer and often refer families to you. What are your office hours on Saturdays?",
        "none",
    ),
    ("need to cancel Luna's appt thurs 10:30 - can we do friday same time instead pls", "none"),
    (
        "app crashed once when I ended my ride earlier but it's fine now, ride closed ok. just fyi 👍",
        "none",
    ),
    (
        "do you support hardware keys (YubiKey) for 2FA? comparing exchanges before I sign up",
        "none",
    ),
    (
        "out of curiosity how long do you keep session recordings? not asking you to delete anything, my daughter is doing a school project on privacy lol",
        "none",
    ),
    ("refund landed today 🙌 thanks stagegate smoothest thing ever", "none"),
    (
        "thought I lost my chalk bag at yours yesterday but it was in the car the whole time 🤦 ignore my last msg",
        "none",
    ),
    (
        "saw the notice for the planned works on Mill Lane Wed 9-12. is the water ok to drink straight after or should we run the tap first?",
        "none",
    ),
    ("how do i change my portal password? nothing wrong just been years", "none"),
    (
        "There's a line on our invoice called 'BAF' - what does that stand for? Just need to explain it to our accountant.",
        "none",
    ),
    ("is the monthly pass charged on the 1st or on the day I bought it", "none"),
    (
        "Dear Evergreen, Thank you for your kindness at my sister Dorothy's service in April. Everything was just as she would have wanted. I should now like to begin arranging a pre-paid plan of my own, so that my children are not burdened when my time comes. Could you post me your brochure? I do not use the internet much. My address is 14 Church View, Little Harrow. With gratitude, Edna Foulkes (aged 88)",
        "none",
    ),
    ("do u have an A level chem tutor on weekends", "none"),
    ("open sunday? 🐶", "none"),
    ("what happens if I don't log in for a year, does the account get closed?", "none"),
    ("Quote pls: 2 pallets Rotterdam -> Felixstowe, ~600kg, ready the 18th", "none"),
    (
        "my friend can't come anymore 😢 how do I transfer her ticket to someone else in the app",
        "none",
    ),
    (
        "Ihre Jahresabrechnung sagt 214 m³. Wir sind zwei Rentner, das Wasser war abgesperrt während wir 3 Monate bei unserer Tochter waren. Das kann nicht stimmen, die Nachzahlung von 687,40 € zahle ich nicht. Kundennr. 40-11873",
        "billing_dispute",
    ),
    (
        "hey hab mir im Februar das Jahresabo geholt und dann Schulter gerissen 🙁 OP im März. laut AGB keine Erstattung aber geht da echt gar nichts?? Attest kann ich schicken. Mitgliedsnr CX-5521",
        "refund_exception",
    ),
    (
        "Bitte löschen Sie sämtliche Daten zu mir und meinem Kater Moritz. Wir sind weggezogen und ich möchte nicht mehr in Ihrem System sein. Art. 17 DSGVO.",
        "account_closure",
    ),
    (
        "Sendung MF-DE-88213 kam mit Wasserschaden an, Schaden ca. 12.000 €. Ihre Versicherung reagiert seit Wochen nicht. Unser Anwalt hat Ihnen heute schriftlich eine Frist bis 30.06. gesetzt.",
        "legal",
    ),
    (
        "jemand war heute nacht in meinem konto und hat 0,8 BTC an eine fremde adresse geschickt!!! ICH WAR DAS NICHT. SOFORT SPERREN",
        "security",
    ),
    (
        "Handy in der U-Bahn geklaut 😡 da ist die PedalCity App drauf mit meiner Kreditkarte hinterlegt. was muss ich jetzt machen",
        "lost_stolen",
    ),
    (
        "Was bei der Beerdigung meiner Mutter passiert ist, ist unentschuldbar. Falscher Name auf der Kranzschleife, der Sarg 40 Minuten zu spät, und Ihr Mitarbeiter hat am Telefon gelacht. Ich erwarte ein Gespräch mit der Geschäftsleitung, keine Standardmail.",
        "complaint",
    ),
    (
        "Kann ich meinen Termin am Dienstag absagen und stattdessen Donnerstag kommen? Danke!",
        "none",
    ),
    (
        "wie läuft bei euch eigentlich die Kontolöschung falls man irgendwann aufhören will? frag nur vorab bevor ich mich registriere",
        "none",
    ),
    ("Rückerstattung ist angekommen, vielen Dank 🙏 ging echt schnell", "none"),
    (
        "Sehr geehrte Damen und Herren, ich bin 86 Jahre alt und komme nicht mehr gut die Kellertreppe hinunter. Könnte der Zählerstand dieses Jahr von Ihrem Mitarbeiter abgelesen werden? Meine Nachbarin Frau Kühn hat einen Schlüssel und ist vormittags immer da. Mit freundlichen Grüßen, Walter Brenner",
        "none",
    ),
    (
        "Hi! kann mein Sohn die Nachhilfe auch online machen? he's in Year 9 now, Mathe und Physik, am liebsten abends",
        "none",
    ),
    ("Meine Karte ist abgelaufen, wo trage ich die neue für die Abbuchung ein?", "none"),
    (
        "Bonjour, je souhaite mettre fin au forfait mensuel à partir de ce mois-ci, mon fils a eu son bac 🎉 merci de ne plus prélever. Réf BP-FR-3391",
        "account_closure",
    ),
    (
        "bonjour j'ai un prélèvement de 145€ 'SMILEHAVEN' du 03/04 sur mon compte, je ne suis jamais venue chez vous ??",
        "unrecognised_payment",
    ),
    (
        "IMPOSSIBLE d'afficher les billets dans l'appli, le concert commence dans 1h et toute la file devant la salle a le même problème 😱😱 #StageGate",
        "outage",
    ),
    (
        "franchement c'est une honte. vélos cassés, freins qui lâchent, service client aux abonnés absents. je vais le dire partout, 1 étoile sur tous les stores. vous perdez une cliente de 4 ans",
        "complaint",
    ),
    (
        "Madame, Monsieur, À la suite de la coupure d'eau de cinq jours survenue sans le moindre préavis au 12 rue des Tilleuls, et faute de réponse à mes trois courriers, j'ai l'honneur de vous informer que j'ai saisi le Médiateur de l'eau. Vous trouverez ci-joint la copie de mon dossier. À 79 ans, j'ai dû porter des bouteilles dans l'escalier pendant toute une semaine. Veuillez agréer mes salutations distinguées. Jeanne Marchal, abonnée n° 2207-6614",
        "legal",
    ),
    (
        "on m'a volé mon téléphone avec l'appli Kestrel ET google authenticator dessus 😰 aidez moi",
        "lost_stolen",
    ),
    ("Je suis avocate, vos bureaux sont-ils ouverts le samedi matin ? Merci", "none"),
    (
        "annuler le rdv de Minou mardi? en fait non, juste le décaler à 17h si possible merci",
        "none",
    ),
    ("l'appli a planté une fois ce matin mais là ça marche nickel 👌", "none"),
    (
        "Quelle est votre politique de remboursement si une expédition est annulée avant l'enlèvement ? On compare plusieurs transitaires.",
        "none",
    ),
    ("vous avez des profs de piano aussi ou seulement les matières scolaires?", "none"),
    (
        "Ma réclamation du mois dernier a été réglée, merci à Sophie de l'accueil ✨ je reprends rdv pour un détartrage",
        "none",
    ),
    (
        "comment je fais pour résilier mon contrat quand je déménage... ah non pardon je reste dans la même ville, c'est juste un changement d'adresse. ça se passe comment?",
        "none",
    ),
    (
        "me cobrasteis 3 veces las entradas!! 3 x 95€ y solo tengo 2 entradas en la app. si no me devolvéis lo que sobra abro disputa con el banco",
        "billing_dispute",
    ),
    (
        "Hola, en la clínica me dijeron que me devolverían los 320€ de la cirugía que no se llegó a hacer porque Toby se fue antes 💔 han pasado 2 meses y nada. ya no sé a quién preguntar",
        "refund_exception",
    ),
    (
        "quiero darme de baja YA. no me renovéis la cuota de abril. socia CX-ES-208",
        "account_closure",
    ),
    (
        "Nos ha llegado un correo 'de Meridian Freight' pidiendo pagar la factura a una cuenta nueva en Lituania. ¿Es vuestro? el logo parece el vuestro pero algo huele raro",
        "security",
    ),
    (
        "buenas, mi madre tiene un cargo de 'EVERGREEN REST' de 260€ este mes. que yo sepa no ha contratado nada con ustedes, tiene 84 años. ¿qué es esto?",
        "unrecognised_payment",
    ),
    (
        "no puedo entrar ni retirar nada desde ayer y en twitter todos igual #KestrelDown el precio cayendo y yo sin poder vender 😤",
        "outage",
    ),
    (
        "llevo 6 semanas avisando de la fuga en la acera and nobody cares, this is ridiculous. vergüenza. me voy a la prensa local con fotos",
        "complaint",
    ),
    (
        "hola! quería cancelar la cita del jueves... bueno mejor cambiarla al lunes si hay hueco 🙏",
        "none",
    ),
    ("¿qué medidas de seguridad tenéis? ¿cold storage? estoy pensando en abrir cuenta", "none"),
    ("perdí el tren 😅 pero una bici de PedalCity me salvó, llegué a tiempo. gracias!!", "none"),
    (
        "¿cómo funcionan los reembolsos si el concierto se aplaza? es para regalárselo a mi hija por su cumple",
        "none",
    ),
    ("tenéis profes de inglés para adultos? nivel B1", "none"),
    (
        "Vi en la web vuestra política de borrado de datos, solo por curiosidad: ¿las fotos del memorial online también se borran pasados unos años?",
        "none",
    ),
    (
        "El envío llegó perfecto y la queja que puse por el retraso la resolvieron rapidísimo. Volveremos a trabajar con vosotros 👍",
        "none",
    ),
)

# Set M (2026-12-07): managerial and professional writing (procurement, property managers, clinic
# administrators, accountants writing for clients; lists, quoted mail, formal register); ten more
# industries. Written by someone who had read nothing of the project, kept unread (scored only).
SPOKEN_CHECKS_M: tuple[tuple[str, str], ...] = (
    (
        "Dear Sir or Madam,\n\n"
        "I write on behalf of the Residents' Management Company of Larchfield Court "
        "(management agreement ref. PM-20931), further to our telephone conversation of 4 March.\n\n"
        "The directors have now reviewed the Q1 service charge statement and would note the following:\n"
        "1. Communal window cleaning is listed on 14 occasions; the caretaker's log records 6 visits.\n"
        "2. The reserve fund contribution has been applied at 3.5% rather than the 2% approved at the AGM.\n"
        "3. Invoice INV-4471 (GBP 8,214.60) therefore exceeds the correct figure by approximately GBP 2,900.\n\n"
        "I have been instructed to advise that INV-4471 will not be settled until a corrected statement "
        "is issued, and that the directors will ask our bank to recall the direct debit collected on "
        "1 April should it not be reversed within ten working days.\n\n"
        "Kind regards,\nHelen Okafor\nCompany Secretary",
        "billing_dispute",
    ),
    (
        "Good afternoon. Could the accounts team please explain why the attendance at our Ridgeway "
        "Street site on 12 February has been invoiced as an out-of-hours emergency visit (EUR 640.00), "
        "when the engineer arrived at 10:40 on a Tuesday morning, as the signed job sheet confirms? "
        "Under comprehensive maintenance agreement LM-3318 weekday callouts are covered in full. "
        "We are not in a position to approve invoice 55120 for payment and would be grateful for a credit note.",
        "billing_dispute",
    ),
    (
        "Dear Events Team,\n\n"
        "Thank you for your e-mail below. I appreciate that your terms state that deposits are retained "
        "where a booking is cancelled fewer than 60 days before the event.\n\n"
        "Our annual conference had, regrettably, to be cancelled following the sudden death of our "
        "chairman. I understand from your colleague that the Great Hall has since been rebooked by "
        "another party for the same date. In those circumstances the Board would be most grateful if "
        "the deposit of GBP 4,500 could be returned to us, in full or in part.\n\n"
        "Yours faithfully,\nMargaret Lyle\nCompany Secretary, Aldgate Mutual Society\n\n"
        "> From: bookings@harcourtrooms.co.uk\n"
        "> Subject: Re: Booking HR-2291\n"
        "> As per clause 7.2, deposits are retained for cancellations made fewer than 60 days "
        "before the event date. We are sorry to hear of your loss.",
        "refund_exception",
    ),
    (
        "Dear Accounts,\n"
        "On 18 January Mr Daniels of your finance team confirmed in writing that the credit balance on "
        "our autumn term meals account (account SC-0457, approx. GBP 1,120) would be repaid to the "
        "school by the end of February. It is now mid-April and no payment has been received; our "
        "bursar has checked the bank statements twice. I should be grateful if someone could confirm "
        "when the sum will be paid, as the governors' finance committee meets on the 28th and I will "
        "be asked about it.\n"
        "Mrs P. Hanley\nSchool Business Manager, St Aidan's C of E Primary",
        "refund_exception",
    ),
    (
        "To whom it may concern,\n\n"
        "On behalf of my client, Verity Legal LLP, I am writing regarding job TR-88120 "
        "(German into English, 14,300 words, invoiced at GBP 1,716.00 and paid on 2 May).\n\n"
        "We understand that your standard terms provide only for a revision round, not for any "
        "reimbursement, once a translation has been delivered. However, the revised version still "
        "contained the terminology errors identified in our first set of comments, the document "
        "could not be filed, and my client has since had it retranslated elsewhere at its own expense. "
        "We would therefore ask that an exception be made and the fee returned.\n\n"
        "Regards,\nDaniel Fry\nPractice Manager",
        "refund_exception",
    ),
    (
        "Dear Ms Hart,\n\n"
        "Further to the contract review meeting held on 2 May, I am writing to confirm that Brennan & Co. "
        "has decided not to continue with the cleaning arrangements for our Wellington Street premises "
        "(ref. OC-1174).\n\n"
        "In accordance with clause 11, please accept this letter as three months' notice, with the final "
        "clean to take place on 31 August. Kindly confirm receipt, advise the date on which your staff "
        "will return the key fobs, and confirm that no further direct debits will be collected after "
        "the final invoice.\n\n"
        "Yours sincerely,\nGraham Pike\nFacilities Manager",
        "account_closure",
    ),
    (
        "Dear Data Protection Officer,\n\n"
        "I act for my mother, Mrs Edith Carrow (date of birth 03/06/1941), under a registered lasting "
        "power of attorney, a certified copy of which is attached. Mrs Carrow has used your patient "
        "results portal since 2022. Now that her care has moved to a residential home she no longer "
        "requires it.\n\n"
        "I should be grateful if her online account could be closed and any personal information which "
        "you are not legally obliged to retain be removed from your systems. Please write to me once "
        "this has been done.\n\n"
        "Yours faithfully,\nJonathan Carrow",
        "account_closure",
    ),
    (
        "Dear Sirs,\n\n"
        "Re: Ms Rachel Ainsworth - Agreement CL-559102 - Skoda Octavia KM21 RTV\n\n"
        "We are instructed by Ms Ainsworth in connection with the end-of-agreement charges of "
        "GBP 2,387.00 set out in your letter of 9 May. Our client's position is that the vehicle was "
        "returned within fair wear and tear guidelines, as evidenced by the collection report signed by "
        "your own agent.\n\n"
        "Please treat this as a letter before claim. Unless a substantive response is received within "
        "14 days of the date of this letter, we have instructions to issue proceedings without further notice.\n\n"
        "Yours faithfully,\nMarsh Whitley LLP",
        "legal",
    ),
    (
        "Hello,\n\n"
        "I am assisting Mr Tomasz Wrobel, who until March was employed by one of your client companies, "
        "Oakridge Joinery Ltd. As Oakridge has since ceased trading, he has been unable to obtain his "
        "records from them.\n\n"
        "Mr Wrobel would like to receive copies of all the personal information that your bureau holds "
        "about him, including payslips, P45 details, pension deduction records and any notes or "
        "correspondence, as he is entitled to under data protection legislation. His signed authority "
        "is attached. Please confirm what identification you require; we will treat today's date as "
        "the start of the statutory period.\n\n"
        "Kind regards,\nAnna Roe\nAdviser, Hillside Advice Centre",
        "legal",
    ),
    (
        "Good morning,\n\n"
        "Further to the treatment carried out in our restaurant kitchen on 3 June (job PC-7712), an "
        "officer from the council's environmental health team inspected on 10 June and found fresh "
        "droppings behind the dry store shelving.\n\n"
        "The officer has asked to see your treatment records, the products used and your risk "
        "assessments by Friday, and indicated that a hygiene improvement notice is being considered. "
        "Please send these documents today if at all possible; we will also need to discuss where "
        "responsibility lies given that the site was signed off as clear.\n\n"
        "Regards,\nSamir Haddad\nOperations Manager, Olive & Ember Restaurants",
        "legal",
    ),
    (
        "Dear Support,\n\n"
        "I am the office manager at Thornbury Lettings. This morning three of our landlords telephoned "
        "to say they had received e-mails, apparently from your owner portal and carrying your logo, "
        "asking them to 'reconfirm bank details for rent remittance' via a link. The link does not "
        "appear to point to your website, and one landlord has already entered his details.\n\n"
        "Could you please advise what we should tell our landlords, and confirm whether anything on "
        "your side has been compromised?\n\n"
        "Kind regards,\nFiona Blake",
        "security",
    ),
    (
        "Dear Payroll Team,\n\n"
        "You will see from the message copied below that our finance director received an e-mail "
        "yesterday at 18:52 which appeared to come from my address, asking for his salary to be paid "
        "into a new account from this month. I did not send it.\n\n"
        "Our IT provider has since found that forwarding rules were added to my mailbox, and the "
        "activity page of your client portal shows a sign-in under my name at 02:13 this morning which "
        "was not me. Please ensure that no changes to bank details are processed for any of our staff "
        "until we have spoken.\n\n"
        "Karen Osei\nHR Manager, Fenwick Building Supplies\n\n"
        "> Hi, please update my bank details for the May payroll, new account details attached. "
        "Thanks, Richard",
        "security",
    ),
    (
        "Hello,\n"
        "One of our area managers, Mr Jacobs, reports that his company car (lease ref. FL-20481, "
        "reg. KX21 PLM) was not on his driveway this morning. The police have been informed and have "
        "issued crime reference 41/88213/24. Could you please advise what you require from us for the "
        "insurers, and whether a replacement vehicle can be provided under the fleet agreement in the "
        "meantime, as he covers the whole of the North West region.\n"
        "Many thanks,\nSuzanne Reid\nFleet Administrator",
        "lost_stolen",
    ),
    (
        "Please be advised that your engineer was unable to account for the Beacon House master key "
        "(lift motor room, roof access and plant room) when leaving site on Friday, and we should be "
        "grateful to know what steps are being taken and whether the locks are to be changed.",
        "lost_stolen",
    ),
    (
        "Dear Accounts Team,\n\n"
        "While reconciling the school's bank account for March, our bursar identified a debit of "
        "GBP 2,460.00 on 19 March with the reference 'MERIDIAN CATR 00921'.\n\n"
        "The school holds a single account with you (SC-2215), and our usual monthly collection of "
        "GBP 1,812.40 was taken on the 1st as normal. We have been unable to match the second amount "
        "to any invoice, order or statement. Could you please let us know what it relates to?\n\n"
        "Kind regards,\nMrs J. Albright\nSchool Secretary, Hollins Lane Primary School",
        "unrecognised_payment",
    ),
    (
        "Dear Sir or Madam,\n\n"
        "I act as external accountant to Pelham Architects Ltd. In preparing the year-end accounts I have "
        "noted three card payments described as 'LINGUA-BR*SVC', each of GBP 189.00, on 14 October, "
        "14 November and 14 December.\n\n"
        "My client has no record of having ordered translation services from your agency, and none of "
        "the partners recall doing so. Before the matter is raised with the card issuer, could you "
        "confirm whether these payments were taken by your company and, if so, on whose instruction?\n\n"
        "Yours faithfully,\nR. Simmons ACA",
        "unrecognised_payment",
    ),
    (
        "Dear Support,\n"
        "Since approximately 07:30 this morning none of the clinicians at our surgery have been able to "
        "open results on the laboratory portal; the page times out immediately after login. I understand "
        "from the local GP federation that the other nine practices in the area are experiencing the "
        "same. We have patients awaiting INR and potassium results today. Could you please confirm "
        "that you are aware and give an estimated time for restoration?\n"
        "Practice Manager, Riverside Medical Centre",
        "outage",
    ),
    (
        "Good afternoon,\n\n"
        "We have been unable to submit this month's payroll through your client portal since yesterday "
        "morning; the submission page returns an error after the file upload. The two other firms in our "
        "building that also use your bureau report exactly the same, and your helpline has been "
        "engaged all morning.\n\n"
        "Our 140 staff are due to be paid on Thursday. Please advise as a matter of urgency how you "
        "intend to ensure that payments are made on time.\n\n"
        "Regards,\nJanet Moss\nFinance Officer, Castleview Housing Trust",
        "outage",
    ),
    (
        "Dear Mr Chowdhury,\n\n"
        "I am writing on behalf of our landlord client, Mr Patel, regarding the damp and mould in "
        "Flat 6, 22 Alderney Road. This is the fourth time our office has raised the matter.\n\n"
        "Your team acknowledged the report on 11 January. Since then, two contractor appointments have "
        "been cancelled without notice to the tenant, who has a baby of four months, and my e-mails of "
        "2 and 23 February have not been answered.\n\n"
        "I must say that the standard of service has been wholly inadequate. Please register this letter "
        "under your complaints procedure. You should also be aware that Mr Patel is now reviewing "
        "whether to move the management of his eleven properties elsewhere.\n\n"
        "Yours sincerely,\nLeonie Fraser",
        "complaint",
    ),
    (
        "Dear Ms Arden,\n\n"
        "I am afraid I must put on record our considerable disappointment with the Winter Reception held on "
        "6 December (booking EV-3307). Service of the canapes began fifty minutes late, the AV equipment "
        "for which we had paid was not installed, and the duty manager could not be located for most of "
        "the evening. A number of our guests were senior clients of the firm.\n\n"
        "We have held this event at Kingsgate Hall for eleven years; whether there will be a twelfth will "
        "depend on your response to this letter.\n\n"
        "Regards,\nPhilip Mensah\nHead of Office",
        "complaint",
    ),
    (
        "Dear Sir/Madam,\n\n"
        "I am the accountant for Mr and Mrs Lowe, trading as Lowe's Bakery (your client no. PB-1192).\n\n"
        "For the purposes of their self-assessment return, could you kindly send me copies of all "
        "invoices issued for payroll services between 6 April 2023 and 5 April 2024, together with a "
        "statement of account for the same period? A signed letter of authority from my clients is attached.\n\n"
        "Many thanks,\nKaren Doyle\nDoyle & Partners Chartered Accountants",
        "none",
    ),
    (
        "Good morning,\n\n"
        "Westbrook Fertility Clinic is currently evaluating laboratory providers for the 2025/26 contract "
        "year, and your proposal has been shortlisted.\n\n"
        "Before the procurement panel can sign off, our data protection lead has asked me to obtain the "
        "following:\n"
        "(a) confirmation of where patient identifiers and results are hosted (we require UK or EU storage);\n"
        "(b) a copy of your standard data processing agreement;\n"
        "(c) a list of sub-processors and your breach notification timescales.\n\n"
        "I should be grateful to receive these by 30 September.\n\n"
        "Kind regards,\nAmira Saleh\nProcurement Officer",
        "none",
    ),
    (
        "Hello, a small point: the last two invoices (OC-7720 and OC-7781) show our postcode as LS1 4DX "
        "rather than LS1 4DY. Could this be corrected on your records for future invoices? There is no "
        "need to reissue the existing ones, the amounts are correct. Thanks, Rita (Office Manager)",
        "none",
    ),
    (
        "Dear Team,\n"
        "As in previous years, the school will be closed from 19 July to 3 September. Could the daily "
        "meal deliveries and the associated monthly charge be suspended for that period, with service "
        "resuming on the first day of the autumn term? To be clear, we do not wish to end the agreement.\n"
        "Kind regards,\nMrs Ellison\nSchool Secretary, Brookfield Infant School",
        "none",
    ),
    (
        "Dear Fleet Team,\n"
        "Could you please advise how we go about ordering a second fuel card for vehicle ref. FL-30112? "
        "The car is now shared by two members of staff on different shifts, and passing the existing card "
        "between them has proved impractical. The current card remains in use and in our possession.\n"
        "Best regards,\nTom Hughes\nOffice Manager",
        "none",
    ),
    (
        "Good afternoon,\n\n"
        "We are a catering company considering joining your approved-supplier programme, under which the "
        "venue collects payment from event clients and settles with suppliers monthly.\n\n"
        "Could you explain how a disputed card payment (chargeback) raised by an event client would be "
        "handled under the programme, whether any fee is deducted from our settlement in that case, and "
        "how long funds may be held? We would also welcome a copy of the draft supplier agreement.\n\n"
        "Kind regards,\nNadia Brooks\nDirector, Fig & Thyme Catering",
        "none",
    ),
    (
        "Our caretaker's work phone broke last week and he has now been issued with a new handset. "
        "How do we move the site inspection app, with the existing bait-station history, across to the "
        "new phone? He still has his login details. Site ref. PC-4410, Greenway Industrial Estate.",
        "none",
    ),
    (
        "Dear Sir/Madam,\n"
        "Following the decommissioning of the goods lift at our Canal Street warehouse, we would like to "
        "move the remaining passenger lift from the Comprehensive to the Standard maintenance plan with "
        "effect from the next quarter. Please send revised terms and the adjusted quarterly fee for approval.\n"
        "Regards,\nAndrew Kerr\nEstates Officer",
        "none",
    ),
    (
        "Dear Ms Grant,\n"
        "I wanted to pass on our thanks for the way your team handled the portal outage on payroll day "
        "last month. The hourly updates and the manual submission route you set up meant that all 86 of "
        "our staff were paid on time. It was very much appreciated by our finance director, and no "
        "follow-up is needed.\n"
        "Best wishes,\nLena Morris",
        "none",
    ),
    (
        "We are a firm of solicitors and require certified translations of four witness statements "
        "(Polish into English, approximately 6,200 words in total) for use in County Court proceedings. "
        "Could you provide a quotation and your earliest delivery date? The hearing is listed for "
        "14 October, and the statements must be served by 20 September.",
        "none",
    ),
    (
        "Dear Sirs,\n\n"
        "The Treasurer has asked me to thank you for the year-end pack, which was received in good order "
        "and has now been circulated to the committee.\n\n"
        "As mentioned at the AGM, the association has moved its banking from Barclays to Lloyds with "
        "effect from 1 June. The Lloyds account is already open and operational.\n\n"
        "Could you therefore send us a fresh direct debit mandate so that the quarterly management fee "
        "(ref. PM-3390) is collected from the new account from the July quarter onwards? The old "
        "account will remain open until the end of August.\n\n"
        "With kind regards,\nSheila Morton\nSecretary, Elm Park Residents' Association",
        "none",
    ),
    (
        "Dear Meals Team,\n"
        "The parent of a Year 6 pupil who is moving to secondary school in July has asked how the "
        "remaining balance on her son's meal account (GBP 23.40) can be returned to her. Could you "
        "please confirm the usual procedure and whether she needs to complete a form?\n"
        "Thank you,\nMrs Gill, School Office",
        "none",
    ),
    (
        "Good morning,\n"
        "Our March bank statement shows two payments to your company, of GBP 1,150.00 and GBP 380.00. "
        "Both are expected - the quarterly maintenance fee and the annual emergency line charge - but our "
        "auditors require the invoice numbers against each entry. Could you please send copies of the "
        "two invoices?\n"
        "Regards,\nAccounts Payable, Harrow Court Management Ltd",
        "none",
    ),
    (
        "Dear Support,\n"
        "Following an internal IT audit, all supplier portals used by the practice must support two-factor "
        "authentication by the end of the quarter. Could you please confirm whether the results portal "
        "offers this and, if so, how it is enabled for our 12 users?\n"
        "Kind regards,\nPractice Manager, Linden Road Surgery",
        "none",
    ),
    (
        "Just a small note for the team: the kitchen window on the second floor has been left open "
        "overnight on a couple of occasions recently. Could your staff be reminded to check it before "
        "leaving? Otherwise we are very happy with the service. Thanks, Julie, Reception",
        "none",
    ),
    (
        "Please deactivate Dr Anita Patel's login to the results portal with effect from 31 May, when she "
        "leaves the practice, and redirect her result notifications to Dr Fowler (practice code RMC-117).",
        "none",
    ),
    (
        "Hello,\n"
        "Your notice mentions planned maintenance on the booking system on Sunday between 02:00 and 04:00. "
        "Will the door access codes already issued for our Sunday morning hire of the Garden Room "
        "(booking EV-4120, from 08:00) continue to work as normal?\n"
        "Thank you,\nEleanor Whitfield, Parish Office",
        "none",
    ),
    (
        "Good afternoon, just to let you know that your technician left a bunch of keys and a torch in "
        "our plant room after Tuesday's visit. They are being kept at reception and can be collected at "
        "any time, or we can hand them to him at the next scheduled inspection. Regards, Facilities, "
        "Brunswick Foods.",
        "none",
    ),
    (
        "Dear Sir/Madam,\n"
        "Our insurer's engineering surveyor has asked for copies of the most recent thorough examination "
        "reports for both lifts at Merton House before the policy is renewed on 1 October. Could you "
        "please send these, together with confirmation of the next examination dates?\n"
        "Yours faithfully,\nCompliance Officer, Merton House Management",
        "none",
    ),
    (
        "Dear Catering Team,\n\n"
        "Ahead of the new school year, could you please send the following:\n"
        "- the autumn menu cycle with allergen information for each dish;\n"
        "- the procedure for registering pupils with medically prescribed diets;\n"
        "- the contact details of your dietitian.\n\n"
        "These will be included in the parent welcome pack, which goes to print on 15 August.\n\n"
        "Kind regards,\nMrs Okonjo\nSchool Secretary",
        "none",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "bezugnehmend auf Ihre Rechnung Nr. GR-2024-0611 vom 30.04. über 3.842,50 € erlauben wir uns "
        "folgende Anmerkungen:\n\n"
        "• Abgerechnet wurden 22 Reinigungstage; laut Zutrittsprotokoll war Ihr Personal an 17 Tagen im Objekt.\n"
        "• Die Sonderreinigung der Glasfassade wurde von uns nicht beauftragt.\n\n"
        "Wir bitten um Korrektur und Ausstellung einer Gutschrift. Bis dahin wird die Zahlung "
        "zurückgehalten; sollte die Lastschrift dennoch eingezogen werden, werden wir sie über unsere "
        "Bank zurückgeben lassen.\n\n"
        "Mit freundlichen Grüßen\nSabine Krüger\nEinkauf, Hanseatische Versicherungsmakler GmbH",
        "billing_dispute",
    ),
    (
        "Sehr geehrte Frau Dr. Weber,\n\n"
        "im Namen des Vorstands bedanke ich mich zunächst für die stets angenehme Zusammenarbeit in den "
        "vergangenen Jahren.\n\n"
        "Wie Ihnen bekannt ist, musste unsere Mitgliederversammlung am 14.09. kurzfristig abgesagt werden, "
        "da infolge des Bahnstreiks mehr als die Hälfte der Delegierten nicht anreisen konnte.\n\n"
        "Uns ist bewusst, dass nach Ihren AGB bei einer Absage weniger als 30 Tage vor dem Termin 80 % der "
        "Saalmiete fällig werden. Wir möchten Sie dennoch bitten, in diesem besonderen Fall auf die "
        "Stornogebühr zu verzichten und uns die geleistete Anzahlung von 2.600 € zu erstatten.\n\n"
        "Mit freundlichen Grüßen\nThomas Reinhardt\nGeschäftsführer, Landesverband der Imker Hessen e. V.",
        "refund_exception",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit kündigen wir den Vertrag über die Lohn- und Gehaltsabrechnung (Mandantennr. 40-1187) "
        "fristgerecht zum 31.12. dieses Jahres. Die Abrechnung wird ab Januar von unserer Steuerkanzlei "
        "übernommen.\n\n"
        "Bitte bestätigen Sie uns den Beendigungszeitpunkt schriftlich und teilen Sie uns mit, in welcher "
        "Form die Lohnkonten und Stammdaten übergeben werden. Nach erfolgter Übergabe bitten wir um "
        "Löschung aller Daten, die nicht gesetzlichen Aufbewahrungspflichten unterliegen.\n\n"
        "Mit freundlichen Grüßen\nPetra Voss\nPersonalleitung, Voss Dentaltechnik GmbH",
        "account_closure",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "wie Ihnen bereits mit Schreiben vom 03.05. mitgeteilt, widerspricht unsere Mandantin, die "
        "Baumann Elektrotechnik GmbH, der Schlussabrechnung zum Leasingvertrag LV-88412 "
        "(Minderwertausgleich 4.120,00 €). Das von Ihnen eingeholte Gutachten wurde ohne Beteiligung "
        "unserer Mandantin erstellt und ist aus unserer Sicht nicht verwertbar.\n\n"
        "Wir haben Sie daher aufzufordern, bis zum 28.06. schriftlich auf die Forderung zu verzichten. "
        "Andernfalls werden wir unserer Mandantin empfehlen, die Angelegenheit gerichtlich klären zu lassen.\n\n"
        "Mit freundlichen Grüßen\nDr. J. Falk\nRechtsanwalt",
        "legal",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "mehrere Eigentümer unserer Wohnungseigentümergemeinschaft Lindenstraße 12 haben uns heute "
        "informiert, dass sie über das Eigentümerportal eine Mitteilung mit einer neuen Bankverbindung "
        "für das Hausgeld erhalten haben. Der Verwaltungsbeirat hat keine Kontoänderung veranlasst.\n\n"
        "Darüber hinaus kann sich der Beiratsvorsitzende, Herr Albrecht, seit gestern Abend nicht mehr "
        "anmelden; sein Passwort wurde offenbar ohne sein Zutun geändert.\n\n"
        "Wir bitten um umgehende Prüfung und Rückmeldung, ob die Eigentümer gewarnt werden sollten.\n\n"
        "Mit freundlichen Grüßen\nIngrid Hoffmann\nfür den Verwaltungsbeirat",
        "security",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "in der Nacht zum Montag wurde in das Sekretariat unserer Grundschule eingebrochen. Dabei wurden "
        "unter anderem die Kassette mit rund 40 vorbereiteten Essenschips sowie das Tablet entwendet, "
        "über das wir die täglichen Essensbestellungen bei Ihnen aufgeben. Das Tablet war mit unserem "
        "Kundenkonto angemeldet.\n\n"
        "Die Polizei hat den Vorfall aufgenommen (Vorgangsnr. 2024/118342). Bitte teilen Sie uns mit, "
        "welche Schritte nun von Ihrer Seite erforderlich sind.\n\n"
        "Mit freundlichen Grüßen\nMonika Berger\nSchulsekretariat, Grundschule am Mühlbach",
        "lost_stolen",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "seit heute früh ca. 6:45 Uhr kommen in unserer Praxis keine Befunde mehr an, weder über die "
        "Schnittstelle noch im Online-Portal, das lediglich einen Fehlerhinweis anzeigt. Nach Rücksprache "
        "sind sämtliche Praxen im Ärztehaus am Marktplatz betroffen. Ihre Hotline ist seit über einer "
        "Stunde dauerhaft besetzt.\n\n"
        "Wir bitten um umgehende Mitteilung, wann mit einer Wiederherstellung zu rechnen ist und wie "
        "dringende Befunde bis dahin übermittelt werden.\n\n"
        "Mit freundlichen Grüßen\nPraxismanagement, Gemeinschaftspraxis Dr. Sommer & Kollegen",
        "outage",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "für das anstehende IFS-Audit in unserem Werk Gütersloh benötigen wir folgende Unterlagen:\n"
        "1. die Monitoringberichte der letzten zwölf Monate,\n"
        "2. die Sicherheitsdatenblätter der eingesetzten Köder,\n"
        "3. den aktuellen Lageplan der Köderstationen.\n\n"
        "Wir wären Ihnen dankbar, wenn Sie uns diese bis zum 15. des Monats zusenden könnten.\n\n"
        "Mit freundlichen Grüßen\nQualitätsmanagement, Westfalia Backwaren GmbH",
        "none",
    ),
    (
        "Sehr geehrte Frau Lorenz,\n"
        "könnten Sie mir bitte eine Aufstellung der in der Betriebskostenabrechnung 2023 enthaltenen "
        "haushaltsnahen Dienstleistungen (Treppenhausreinigung, Gartenpflege, Winterdienst) zusenden? "
        "Die Abrechnung selbst ist in Ordnung; unser Steuerberater benötigt die Aufstellung lediglich "
        "für die Einkommensteuererklärung meiner Mandanten, Herrn und Frau Demir, Whg. 3.07.\n"
        "Mit freundlichen Grüßen\nStefan Kurz, Steuerbüro Kurz",
        "none",
    ),
    (
        "Sehr geehrte Damen und Herren,\n"
        "wir benötigen eine beglaubigte Übersetzung eines Urteils des Landgerichts Köln (ca. 11 Seiten) "
        "ins Englische zur Vorlage bei einem Gericht in Dublin. Bitte teilen Sie uns Ihr Angebot sowie "
        "die voraussichtliche Lieferzeit mit.\n"
        "Mit freundlichen Grüßen\nKanzlei Brandt & Oellers, Sekretariat",
        "none",
    ),
    (
        "Wir bitten um ein Angebot für einen Zweitschlüssel zum Leasingfahrzeug M-KL 4471 (Vertrag "
        "LV-90215), da der Wagen künftig von zwei Außendienstmitarbeitern genutzt wird.",
        "none",
    ),
    (
        "Sehr geehrte Damen und Herren,\n"
        "Frau Elena Popescu (Personalnr. 0147) scheidet zum 30.06. auf eigenen Wunsch aus unserem "
        "Unternehmen aus. Bitte nehmen Sie die Abmeldung bei der Krankenkasse vor, erstellen Sie die "
        "Arbeitsbescheinigung und deaktivieren Sie ihren Zugang zum Mitarbeiterportal zum Monatsende.\n"
        "Mit freundlichen Grüßen\nLohnbüro, Feinkost Hartmann KG",
        "none",
    ),
    (
        "Sehr geehrter Herr Wagner,\n\n"
        "der Wartungsvertrag für die Aufzugsanlage in der Rosenthaler Straße 40 läuft zum Jahresende aus. "
        "Die Eigentümergemeinschaft hat in ihrer letzten Versammlung beschlossen, die Zusammenarbeit "
        "fortzusetzen.\n\n"
        "Wir bitten Sie daher um ein Angebot für eine Verlängerung um zwei Jahre und möchten gleichzeitig "
        "prüfen lassen, ob ein Wechsel vom Vollwartungs- auf das Basispaket möglich wäre, da die Anlage "
        "2022 modernisiert wurde.\n\n"
        "Mit freundlichen Grüßen\nHausverwaltung Schmid & Partner",
        "none",
    ),
    (
        "Sehr geehrte Damen und Herren,\n"
        "wir planen unsere Weihnachtsfeier (ca. 120 Personen) am 13.12. in Ihrem Gewölbekeller. Bevor wir "
        "verbindlich buchen, bitten wir um Auskunft zu Ihren Stornierungsbedingungen und zur Höhe der "
        "Anzahlung. Bieten Sie zudem eine Veranstaltungsausfallversicherung an?\n"
        "Mit freundlichen Grüßen\nOffice Management, Nordlicht Architekten",
        "none",
    ),
    (
        "Madame, Monsieur,\n\n"
        "Nous accusons réception de votre facture n° FA-24-00917 du 2 avril, d'un montant de 1 870,00 € TTC, "
        "relative au remplacement d'un contacteur sur l'ascenseur de la résidence Les Tilleuls.\n\n"
        "Or, conformément à l'article 4 du contrat d'entretien complet (réf. CE-5521), les pièces d'usure "
        "sont incluses dans le forfait. Le conseil syndical nous a donc demandé de ne pas régler cette "
        "facture et de solliciter l'émission d'un avoir. À défaut, ce montant sera déduit de la prochaine "
        "échéance trimestrielle.\n\n"
        "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n"
        "Cabinet Morel, syndic de copropriété",
        "billing_dispute",
    ),
    (
        "Madame la Directrice commerciale,\n\n"
        "Conformément à la délibération du conseil municipal du 12 mars, la commune de "
        "Saint-Aubin-sur-Loire vous informe qu'elle ne reconduira pas le marché de fourniture de repas "
        "pour l'école élémentaire Jules-Ferry (marché n° 2021-RS-04), qui prendra donc fin à son échéance "
        "du 5 juillet.\n\n"
        "Nous vous saurions gré de bien vouloir accuser réception du présent courrier et de nous indiquer "
        "les modalités de restitution du matériel de liaison chaude mis à disposition.\n\n"
        "Je vous prie d'agréer, Madame, l'expression de ma considération distinguée.\n"
        "Le Secrétaire de mairie",
        "account_closure",
    ),
    (
        "Madame, Monsieur,\n\n"
        "Le 4 février dernier, j'ai adressé à votre laboratoire, au nom de ma mère, Mme Odile Perrin, dont "
        "j'assure la tutelle, une demande de communication de l'ensemble des résultats d'analyses et des "
        "informations personnelles la concernant. Malgré deux relances, en date du 6 et du 27 mars, "
        "aucune réponse ne m'est parvenue.\n\n"
        "Je vous informe que, faute de retour sous huit jours, je me verrai contrainte de saisir la CNIL.\n\n"
        "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n"
        "Claire Perrin-Masson",
        "legal",
    ),
    (
        "Bonjour,\n\n"
        "En qualité d'expert-comptable de la SARL Dumas Architecture, je procède actuellement au "
        "rapprochement bancaire de l'exercice clos.\n\n"
        "Je relève un prélèvement de 742,80 € en date du 17 novembre, portant le libellé « TRADLINK SAS ». "
        "Mon client m'indique n'avoir jamais commandé de prestation auprès de votre agence et ne dispose "
        "d'aucun devis, bon de commande ni facture correspondant. Pourriez-vous m'indiquer à quoi "
        "correspond ce prélèvement et sur la base de quel mandat il a été effectué ?\n\n"
        "Cordialement,\nNathalie Roux, expert-comptable",
        "unrecognised_payment",
    ),
    (
        "Monsieur le Directeur,\n\n"
        "Je gère la résidence Le Clos Fleuri (84 logements) pour le compte du bailleur, Habitat Val de Marne.\n\n"
        "Depuis trois mois, et malgré quatre passages facturés, les locataires continuent de signaler la "
        "présence de blattes dans les cages d'escalier B et C. Deux rendez-vous ont été annulés par vos "
        "services le matin même, sans proposition de nouvelle date, et mes courriels restent sans réponse.\n\n"
        "Je vous prie de considérer ce courrier comme une réclamation formelle. Je vous informe par "
        "ailleurs que le bailleur a sollicité des propositions auprès d'autres prestataires.\n\n"
        "Veuillez agréer, Monsieur le Directeur, mes salutations distinguées.\n"
        "Karim Benali, gestionnaire de résidence",
        "complaint",
    ),
    (
        "Madame, Monsieur,\n\n"
        "Notre service comptable a reçu hier un courriel semblant provenir de votre service réservations, "
        "reprenant votre logo et la référence exacte de notre séminaire (RES-2024-0388), qui nous demandait "
        "de virer le solde de 6 300 € sur un nouveau RIB « suite à un changement de banque ». L'adresse "
        "d'expédition ne correspond pas à votre nom de domaine habituel.\n\n"
        "Nous n'avons procédé à aucun virement. Pourriez-vous nous confirmer vos coordonnées bancaires "
        "et nous expliquer comment un tiers a pu avoir connaissance de notre dossier ?\n\n"
        "Cordialement,\nSophie Garnier, assistante de direction",
        "security",
    ),
    (
        "Madame, Monsieur,\n\n"
        "Nous vous informons que la carte carburant rattachée au véhicule immatriculé GH-412-KT "
        "(contrat LLD n° 77-30918) n'a pas été retrouvée par notre collaborateur à son retour d'un "
        "déplacement à Lyon mardi soir. Il ne peut exclure qu'elle ait été oubliée à une station-service "
        "sur l'autoroute.\n\n"
        "Nous vous remercions de bien vouloir nous indiquer la marche à suivre et de nous confirmer si "
        "des transactions ont été enregistrées sur cette carte depuis mardi.\n\n"
        "Cordialement,\nService des moyens généraux, Bertin Ingénierie",
        "lost_stolen",
    ),
    (
        "Madame, Monsieur,\n"
        "Dans le cadre de l'établissement de la liasse fiscale de notre client, la SAS Boulangerie Lemaire "
        "(dossier n° P-2207), nous vous serions reconnaissants de bien vouloir nous transmettre un duplicata "
        "des factures de prestations de paie émises au titre de l'exercice 2023, ainsi qu'un relevé de compte.\n"
        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n"
        "Cabinet Fontaine & Associés, expertise comptable",
        "none",
    ),
    (
        "Madame, Monsieur,\n\n"
        "Notre centre de santé envisage de vous confier ses analyses de biologie médicale à compter du "
        "1er janvier. La convention nous a bien été transmise et n'appelle pas d'observation sur le fond.\n\n"
        "Avant signature, notre délégué à la protection des données souhaite toutefois obtenir "
        "confirmation que vos serveurs sont certifiés HDS et situés dans l'Union européenne, ainsi que "
        "la liste de vos sous-traitants ayant accès aux données des patients.\n\n"
        "Avec nos remerciements,\nDirection administrative, Centre de santé Pasteur",
        "none",
    ),
    (
        "Bonjour,\n"
        "Les classes de CM1 et CM2 partiront en classe verte du 13 au 17 mai. Pourriez-vous réduire les "
        "livraisons de ces cinq jours de 46 repas et ajuster la facturation en conséquence ? Le nombre "
        "habituel reprendra le lundi 20 mai.\n"
        "Bien cordialement,\nLe secrétariat de l'école Paul-Bert",
        "none",
    ),
    (
        "Madame, Monsieur,\n"
        "Suite au remplacement du système de contrôle d'accès de l'immeuble, les anciens badges de vos "
        "agents d'entretien seront désactivés le 3 juin. Merci de nous indiquer le nombre de nouveaux "
        "badges nécessaires ainsi que les noms des agents concernés, afin que nous puissions les préparer.\n"
        "Cordialement,\nL'office manager, Groupe Delmas",
        "none",
    ),
    (
        "Monsieur,\n"
        "Le conseil syndical de la résidence Les Cèdres tient à remercier votre technicien, M. Faure, "
        "pour son intervention rapide lors de la panne de l'ascenseur du samedi 12 mars au soir, qui a "
        "permis de libérer une résidente âgée en moins de trente minutes. Son professionnalisme a été "
        "très apprécié.\n"
        "Bien cordialement,\nLe président du conseil syndical",
        "none",
    ),
    (
        "Bonjour,\n"
        "Nous souhaitons faire traduire en anglais une mise en demeure (3 pages) que nous adressons à un "
        "fournisseur britannique. Pourriez-vous nous communiquer votre tarif et un délai de livraison ? "
        "Le document est confidentiel ; un accord de confidentialité peut-il être signé au préalable ?\n"
        "Cordialement,\nService juridique, Laurent Emballages",
        "none",
    ),
    (
        "Estimados señores:\n\n"
        "En relación con la factura n.º CP-2024-1183, por importe de 1.452,00 € (IVA incluido), les "
        "comunicamos lo siguiente:\n"
        "1. La partida «tratamiento de choque adicional» no fue solicitada por la comunidad ni figura en el "
        "parte de trabajo firmado por el conserje.\n"
        "2. La tarifa aplicada a las revisiones trimestrales (180 €) no se corresponde con la del contrato "
        "vigente (145 €).\n\n"
        "Les rogamos emitan una factura rectificativa. Entretanto, se ha dado instrucción a la entidad "
        "bancaria de devolver el recibo.\n\n"
        "Atentamente,\nAdministración de Fincas Ruiz Olmedo, en nombre de la C.P. Avda. de Burgos 88",
        "billing_dispute",
    ),
    (
        "Estimado Sr. Ortega:\n\n"
        "Tal y como usted mismo nos confirmó en el correo que reproduzco a continuación, la fianza de "
        "1.800 € correspondiente al contrato de renting RN-44120 debía reintegrarse en un plazo de 30 días "
        "desde la devolución del vehículo, que tuvo lugar el 2 de febrero sin incidencias.\n\n"
        "Han transcurrido casi tres meses y el importe no se ha recibido. Le agradecería que me indicara "
        "en qué situación se encuentra.\n\n"
        "Un cordial saludo,\nMarta Iglesias, Departamento de Administración\n\n"
        "> De: j.ortega@rentaflota.es\n"
        "> La fianza se abonará en su cuenta en un máximo de 30 días desde la entrega. Un saludo.",
        "refund_exception",
    ),
    (
        "Con motivo del cierre definitivo de la Academia de Idiomas Alameda el 31 de julio, les rogamos "
        "den por finalizado a partir de esa fecha el servicio de nóminas, anulen la domiciliación de "
        "sus recibos y nos confirmen la baja por escrito.",
        "account_closure",
    ),
    (
        "Estimados señores:\n\n"
        "Como presidente de la Comunidad de Propietarios Calle Alcalá 214, y revisando el extracto "
        "bancario que nos remite mensualmente la entidad, he detectado un cargo de 3.120,00 € con fecha "
        "2 de mayo y concepto «GESFINCAS SERV ADIC».\n\n"
        "No consta en acta ningún servicio adicional aprobado en junta, ni la comunidad ha recibido "
        "presupuesto ni factura. Les ruego me indiquen a qué corresponde este cargo y quién lo autorizó.\n\n"
        "Atentamente,\nFernando Gil Sanz",
        "unrecognised_payment",
    ),
    (
        "Estimados señores:\n"
        "Les informamos de que el teléfono de rescate 24 horas instalado en las cabinas no está "
        "conectando con su centro de atención desde anoche. Lo hemos comprobado en seis de los edificios "
        "que administramos en Valencia y en todos ocurre lo mismo. Les rogamos nos indiquen con carácter "
        "urgente cuándo quedará restablecido el servicio y qué medidas provisionales debemos adoptar.\n"
        "Atentamente,\nAdministraciones Turia, Departamento Técnico",
        "outage",
    ),
    (
        "Estimada Sra. Navarro:\n\n"
        "Me dirijo a usted en nombre de la junta directiva de la AMPA del CEIP Río Tajo.\n\n"
        "Por tercera vez en este trimestre, los menús adaptados para alumnos con alergias llegaron al "
        "centro sin etiquetar, y el pasado jueves un alumno celíaco recibió el menú general. Las "
        "incidencias se comunicaron por escrito los días 8 y 22 de octubre sin que hayamos recibido "
        "respuesta alguna.\n\n"
        "Le rogamos que este escrito se tramite como reclamación formal. Le informo asimismo de que la "
        "AMPA ha solicitado al consejo escolar que estudie el cambio de empresa para el próximo curso.\n\n"
        "Atentamente,\nLucía Moreno, presidenta de la AMPA",
        "complaint",
    ),
    (
        "Estimados señores:\n"
        "Nuestro despacho necesita la traducción jurada al inglés de una demanda y de sus tres documentos "
        "anexos (unas 9.000 palabras en total) para su presentación ante un tribunal de Londres. "
        "¿Podrían remitirnos presupuesto y plazo de entrega?\n"
        "Atentamente,\nSecretaría, Bufete Castillo Abogados",
        "none",
    ),
    (
        "Buenos días:\n"
        "Por un error de nuestra recepción, la misma muestra de la paciente quedó registrada dos veces "
        "(ref. M-77812 y M-77813). ¿Podrían anular el duplicado para que no se procese ni se facture dos "
        "veces? Les adjunto la hoja de petición original.\n"
        "Un saludo,\nAdministración, Clínica San Rafael",
        "none",
    ),
    (
        "Estimados señores:\n"
        "Les escribo en relación con la reserva del salón Mirador para el 18 de octubre (ref. EV-5521). "
        "Por motivos de agenda de nuestro director general, les agradeceríamos que nos indicaran si es "
        "posible trasladar el evento al viernes 25 de octubre en las mismas condiciones.\n"
        "Atentamente,\nGabinete de Dirección, Grupo Alvedro",
        "none",
    ),
    (
        "Estimados señores:\n\n"
        "Durante los meses de julio y agosto se llevarán a cabo obras de reforma en la cocina del hotel, "
        "que permanecerá cerrada.\n\n"
        "Les solicitamos que suspendan las visitas mensuales de control durante ese periodo, sin que "
        "ello suponga la rescisión del contrato, y que retomen el servicio en septiembre con una "
        "inspección completa antes de la reapertura.\n\n"
        "Atentamente,\nDirección de Operaciones, Hotel Las Dunas",
        "none",
    ),
    (
        "Buenas tardes:\n"
        "Les informamos de que a partir del lunes cambiará el código de la alarma de nuestras oficinas "
        "de la calle Colón. Se lo facilitaremos por teléfono a la encargada del turno de tarde, no por "
        "correo electrónico. ¿Podrían indicarnos su número directo?\n"
        "Un saludo,\nOffice manager, Estudio Ferrer Arquitectos",
        "none",
    ),
    (
        "Estimados señores:\n"
        "¿Cuál es el procedimiento para añadir un segundo conductor autorizado al contrato de renting "
        "RN-51007? Se trata de un empleado de la empresa con carné en vigor. Les agradecería que me "
        "indicaran la documentación necesaria y si conlleva algún coste adicional.\n"
        "Atentamente,\nRecursos Humanos, Talleres Beltrán S.A.",
        "none",
    ),
    (
        "Estimada Sra. Domínguez:\n"
        "En nombre de la junta de la comunidad de propietarios, quería agradecerle la gestión del corte "
        "de agua de la semana pasada: el aviso a los vecinos con antelación, el suministro de agua "
        "embotellada a los mayores y la rapidez con la que se coordinó a la empresa de fontanería. "
        "Todo funcionó perfectamente.\n"
        "Un cordial saludo,\nJosé Antonio Vidal, presidente",
        "none",
    ),
)

# Set N (2026-12-07): text that passed through other systems (chat widgets, subject lines,
# machine translation, dictation, pasted receipts, carers writing for someone); ten more
# industries. Written by someone who had read nothing of the project, kept unread (scored only).
SPOKEN_CHECKS_N: tuple[tuple[str, str], ...] = (
    (
        "Subject: Invoice SH-20417 is wrong\n\n"
        "Your crew fitted 12 panels on our roof, not the 16 on the invoice. "
        "You've billed us £7,480 for sixteen. I'm not paying for four panels "
        "that went back in your van. Reissue the invoice for what was actually "
        "installed or I will dispute the deposit with my card issuer.",
        "billing_dispute",
    ),
    (
        "[14:02] Visitor: hi\n"
        "[14:02] Visitor: my card got charged twice for the march hot desk, 189.00 on the 1st and 189.00 again on the 3rd\n"
        "[14:04] Visitor: i only have ONE membership\n"
        "[14:05] Visitor: i want the second one put back on my card, not a credit on my hivedesk account",
        "billing_dispute",
    ),
    (
        "LINGUAVERDE - ORDER CONFIRMATION\n"
        "Order no.: LV-2024-118734\n"
        "Date: 06/01/2024\n"
        "Customer: Rosa Ellingham\n"
        "Product: Italian Complete - 12 months (A1 to B1)\n"
        "Includes: 96 live group sessions, 12 private tutorials, app access, certificate exam\n"
        "Price: £349.00\n"
        "Discount (NEWYEAR20): -£69.80\n"
        "Total paid: £279.20 (Visa ending 4471)\n"
        "Start date: 08/01/2024\n"
        "Your timetable: Mon & Wed 19:00-20:00 (UK time), group IT-A1-07, tutor Giulia R.\n"
        "Private tutorials can be booked from your dashboard at least 24 hours in advance. "
        "Missed live sessions are recorded and available for 30 days.\n"
        "Your login: rosa.ellingham@mailbox.example (set your password using the link we sent separately)\n"
        "Need help? Visit help.linguaverde.example or reply to this email, Monday to Friday 9-17.\n"
        "Cancellation: you may withdraw within 14 days of purchase for a full refund. "
        "After this period fees are non-refundable.\n"
        "Thank you for learning with Linguaverde! Buon viaggio!\n\n"
        "I know it says non-refundable after 14 days but my mother had a stroke in week 3 "
        "and I've been at the hospital ever since, I haven't logged in once. "
        "Could you please make an exception and refund the months I can't use?",
        "refund_exception",
    ),
    (
        "> Dear Customer,\n"
        "> Your refund of €312.00 for booking PF-661902 has been approved and will reach\n"
        "> your account within 5-7 working days.\n"
        "> Kind regards, PitchFinder Customer Care\n"
        "> (This is an automated message, please do not reply)\n\n"
        "That was 2 May. It is now 11 June. Nothing has arrived and my bank says there "
        "is no incoming payment with that reference. Where is my money?",
        "refund_exception",
    ),
    (
        "hi this is dave morrison policy PS 55120 please cancel the policy hour dog bella "
        "past away last week so we dont need the cover any more please stop the direct "
        "debit from this month thank you",
        "account_closure",
    ),
    (
        "Subject: Erasure request - Article 17 GDPR\n\n"
        "Please close my ShelfLoan account (student no. 2281-KM, registered to "
        "k.mbeki@uni-mail.example) and permanently delete all personal data you hold "
        "about me, including rental history and saved addresses. All books have been "
        "returned. Please confirm in writing once this is done.",
        "account_closure",
    ),
    (
        "I am writing on behalf of my father, Mr Alan Prewitt (customer no. AU-11824), who has "
        "moved into residential care where the in-house audiologist now looks after him. "
        "He no longer needs the Audiva Care Plus aftercare plan. Please cancel the plan "
        "and stop the £14.50 monthly payments from next month. I hold lasting power of "
        "attorney and can email a certified copy.",
        "account_closure",
    ),
    (
        "My daughter was in the car with your instructor on 3 April when he clipped a cyclist "
        "at the Brunswick Road roundabout. Nobody from ClearRoad has contacted us since. "
        "Our solicitors, Harmer & Lowe, will be writing to you this week. In the meantime "
        "please send me the name of your insurer and a copy of the incident report.",
        "legal",
    ),
    (
        "Subject: Subject Access Request\n\n"
        "Under the UK GDPR I am requesting copies of all personal data Hivedesk holds about "
        "me, including CCTV footage from the Leeds Wellington Place site and door-entry logs "
        "for my fob for January and February. I expect a response within one calendar month.",
        "legal",
    ),
    (
        "Got a text this morning saying 'Saltmarsh Quay: your berth fee is OVERDUE, pay now to "
        "avoid your vessel being craned out' with a link to saltmarsh-quay-pay.com. Is that "
        "you?? I had my card out before I noticed the address looks odd. Two others on "
        "pontoon C got the same message.",
        "security",
    ),
    (
        "[09:41] Visitor: someone changed the email on my account\n"
        "[09:41] Visitor: i got a message 'your email address has been updated' to some @proton.me thing that isnt me\n"
        "[09:42] Visitor: now my password doesnt work and my card is saved on there\n"
        "[09:44] Visitor: hello??",
        "security",
    ),
    (
        "Subject: Who is in our gallery?\n\n"
        "We just got an email alert that our private wedding gallery was signed into from a "
        "new device in Lagos. Neither of us has been abroad and we haven't shared the "
        "password. There are photos of our nieces and nephews in there. Please lock it.",
        "security",
    ),
    (
        "Hello, the hearing device of my mother (Audiva Lumo 7, the left one, serial "
        "LM7-40021-L) was stealed yesterday together with her handbag in the autobus. "
        "Police have given the reference 4/88120/24. Is this protected by her loss plan, "
        "and can you make the device blocked for the application so nobody can pair it? "
        "She is without hearing now, please help fast.",
        "lost_stolen",
    ),
    (
        "lost my access fob somewhere between the car park and the tram stop fob number "
        "00471 can you switch it off asap it opens the 24 hour door on floor 3",
        "lost_stolen",
    ),
    (
        "There is a payment of $64.99 to SHELFLOAN*RENEW on my credit card dated Jan 18. "
        "I have never rented a book from you and as far as I know I don't even have an "
        "account. What is this payment for?",
        "unrecognised_payment",
    ),
    (
        "> Thank you! We have received your payment of £41.20 for policy PS-88213 (Dog - Lifetime Plus).\n"
        "> PawSure - because they're family\n\n"
        "I don't have a policy PS-88213 and I don't have a dog. My only policy is for my cat, "
        "PS-61007. Why has this come out of my account?",
        "unrecognised_payment",
    ),
    (
        "[18:20] Visitor: your site wont load at all\n"
        "[18:21] Visitor: tried 3 browsers and the app, 503 everywhere\n"
        "[18:22] Visitor: the warden here says the check-in tablets that use pitchfinder are dead too\n"
        "[18:22] Visitor: there are about 20 cars queuing at the barrier",
        "outage",
    ),
    (
        "Subject: Monitoring portal down since Friday\n\n"
        "Both the SunHarbor app and the web portal just say 'Service unavailable'. The "
        "residents' group on our estate (all SunHarbor installs) says everyone has the "
        "same. We cannot see generation or battery levels at all.",
        "outage",
    ),
    (
        "We got married on 14 September. It is now February and we still have no photos. "
        "Three emails ignored, the phone goes to voicemail, and your Instagram is posting "
        "other couples' weddings. This was the most important day of our lives and you are "
        "treating us like we don't exist. I want a call from the owner, not another template, "
        "or I'm posting reviews everywhere I can.",
        "complaint",
    ),
    (
        "I wish to make a formal complaint. My son (17) has had four lessons cancelled in "
        "the past five weeks, each with less than two hours' notice, and his practical test "
        "is on the 28th. Each time I'm told 'instructor unavailable' and offered nothing. "
        "We have paid for a block of 10 in advance. If this is not sorted out this week we "
        "will move him to another school.",
        "complaint",
    ),
    (
        "Before I decide whether to cancel: if I end my Linguaverde subscription, do I lose "
        "my progress and certificates, or are they kept in case I come back next year?",
        "none",
    ),
    (
        "Subject: Re: Invoice SH-20417\n\n"
        "Just to say the corrected invoice arrived and the four extra panels have been "
        "taken off. All sorted - thanks Priya.",
        "none",
    ),
    (
        "[11:15] Visitor: hey, found a set of car keys and a blue lanyard under desk 14 in the quiet zone\n"
        "[11:15] Visitor: not mine. who do i hand them to?",
        "none",
    ),
    (
        "how do i change my password on the paw sure app i just want to update it its been "
        "the same for years theres nothing wrong",
        "none",
    ),
    (
        "Subject: Trial period question\n\n"
        "Thinking of buying the Lumo 7 pair for my husband. If they don't suit him, how many "
        "days do we have to send them back, and is the fitting fee refundable too?",
        "none",
    ),
    (
        "I'm the bookkeeper for Merrow Charters Ltd, who keep two boats at Saltmarsh Quay "
        "(berths C12 and C14). Could you send a statement of account covering April 2023 to "
        "March 2024 for their year-end accounts? PDF by email is fine.",
        "none",
    ),
    (
        "Your site was down last night when I tried to book, but it's working now and I've "
        "got my pitch. Just checking the booking only went through once - ref PF-778213.",
        "none",
    ),
    (
        "ShelfLoan - Rental receipt\n"
        "Order #SL-553019   Placed: 28 Aug 2024\n"
        "Ship to: Tom Asante, Flat 4, 19 Harcourt Rd, Sheffield S10\n"
        "----------------------------------------------\n"
        "Campbell Biology (12th ed.)      Semester rental   $42.50\n"
        "Organic Chemistry (Clayden, 2e)  Semester rental   $38.90\n"
        "Calculus: Early Transcendentals  Semester rental   $35.00\n"
        "Lab Notebook (purchase)                            $9.99\n"
        "----------------------------------------------\n"
        "Subtotal $126.39   Shipping FREE   Tax $0.00\n"
        "Total charged: $126.39 (Mastercard ****2208)\n"
        "Return by: 20 Dec 2024 using the prepaid label in your box.\n"
        "Status: Preparing for dispatch\n\n"
        "Can I take the Organic Chemistry one off this order? Found it in the library. "
        "Keep the rest please.",
        "none",
    ),
    (
        "What day exactly is the monthly membership fee taken? Not disputing anything, my "
        "payday has moved to the 5th and I just want to make sure there's money in the account.",
        "none",
    ),
    (
        "I help my neighbour Mrs Okafor with her emails. She would like to book her six-month "
        "hearing check at the Bromley branch, any weekday morning. Her customer number is "
        "AU-30917. Thank you.",
        "none",
    ),
    (
        "Our university's compliance office needs ShelfLoan on the approved vendor list "
        "before students can claim rentals from their bursary. Could you send a W-9 and "
        "your accessibility statement?",
        "none",
    ),
    (
        "Will booking be offline during the planned maintenance on Sunday night? I want to "
        "grab a pitch for the bank holiday before then.",
        "none",
    ),
    (
        "Not a complaint at all! Sam was brilliant with our Jess, patient and calm. Passed "
        "first time this morning. Thank you ClearRoad.",
        "none",
    ),
    (
        "I see a £1.00 pending charge from SunHarbor from when I added my card to the portal - "
        "I assume that's the card check your page mentioned? Just confirming it drops off by itself.",
        "none",
    ),
    (
        "> Your lesson on Thursday 12 June at 16:00 is confirmed. Instructor: Dev K.\n"
        "> Pick-up: home address\n\n"
        "Can Dev pick me up at the college instead? Same time.",
        "none",
    ),
    (
        "Do you sell gift vouchers?",
        "none",
    ),
    (
        "My daughter has terminated her course of Spanish and the account stays opened. "
        "Closes it itself automatic, or it rests? It is not urgent, maybe she wants it again "
        "in the summer.",
        "none",
    ),
    (
        "Got the refund for the cancelled pitch, thanks! Can I use the same card for my next "
        "booking or do I need to re-add it?",
        "none",
    ),
    (
        "How do I switch on two-factor login for the Hivedesk app? Our IT policy now "
        "requires it for every tool staff use.",
        "none",
    ),
    (
        "getting a new phone next week how do i move the sun harbor app and my log in over "
        "to it without losing the history",
        "none",
    ),
    (
        "Betreff: Falsche Abrechnung Fahrstunden\n\n"
        "Sie haben mir 14 Fahrstunden à 62 € berechnet, laut meinem Ausbildungsnachweis "
        "hatte ich aber nur 11. Die Differenz von 186 € zahle ich nicht. Bitte korrigieren "
        "Sie die Rechnung Nr. FS-2291, sonst gebe ich die Lastschrift bei meiner Bank zurück.",
        "billing_dispute",
    ),
    (
        "Wir konnten unseren Stellplatz am Gardasee nicht nutzen, weil der Campingplatz wegen "
        "Hochwasser behördlich gesperrt war. Laut Ihren AGB gibt es ab 7 Tage vor Anreise "
        "keine Erstattung mehr - aber wir konnten ja gar nicht anreisen. Ich bitte um Kulanz "
        "und Rückerstattung der 540 € (Buchung PF-DE-30418).",
        "refund_exception",
    ),
    (
        "Guten Tag,\n\nich schreibe im Auftrag von Herrn Dr. Kessler (Mitgliedsnr. HD-4410). "
        "Er kündigt hiermit seine Fixdesk-Mitgliedschaft am Standort Hamburg-Speicherstadt "
        "fristgerecht zum 30.09. Bitte bestätigen Sie die Kündigung schriftlich an diese "
        "Adresse.\n\nMit freundlichen Grüßen\nS. Brandt, Assistenz der Geschäftsführung",
        "account_closure",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\ndas Hörgerät meiner Mutter ist innerhalb von vier "
        "Monaten zum dritten Mal ausgefallen. Ich habe den Vorgang an die Verbraucherzentrale "
        "übergeben und behalte mir rechtliche Schritte wegen Sachmangel vor. Bitte nennen Sie "
        "mir bis zum 15.05. einen Ansprechpartner Ihrer Rechtsabteilung.",
        "legal",
    ),
    (
        "[21:07] Visitor: ich habe eine Mail bekommen dass mein Passwort geändert wurde\n"
        "[21:07] Visitor: das war ich NICHT\n"
        "[21:08] Visitor: und jetzt sind 3 Bücher an eine Adresse in Köln bestellt, ich wohne in Leipzig",
        "security",
    ),
    (
        "Mir wurde gestern die Schlüsselkarte für das Hafentor und die Sanitäranlagen "
        "gestohlen (Rucksack aus dem Auto auf dem Marina-Parkplatz). Liegeplatz B7, Boot "
        "'Möwe II'. Bitte sperren Sie die Karte sofort.",
        "lost_stolen",
    ),
    (
        "hallo die live stunde um 18 uhr geht schon wieder nicht keiner aus unserem kurs kommt "
        "in den virtuellen raum die lehrerin auch nicht seit einer halben stunde nur fehler 502 "
        "bitte schnell",
        "outage",
    ),
    (
        "Was passiert mit unseren Fotos in der Online-Galerie, wenn ich mein Kundenkonto "
        "irgendwann lösche? Ich möchte erst alles herunterladen, bevor ich mich entscheide.",
        "none",
    ),
    (
        "Für die Steuererklärung meines Mandanten (Herr Ulrich Fähr, Anlagen-Nr. SH-5521) "
        "benötige ich eine Rechnungskopie der PV-Anlage mit ausgewiesenem Umsatzsteuersatz "
        "(0 % nach § 12 Abs. 3 UStG). Vielen Dank, Steuerbüro Lenz.",
        "none",
    ),
    (
        "ClearRoad Fahrschule - Buchungsbestätigung\n"
        "Fahrschüler/in: Mia Hartung   Kd-Nr.: 70233\n"
        "Klasse: B   Fahrlehrer: Herr Yilmaz\n"
        "------------------------------------\n"
        "Di 14.05.  16:30-18:00  Überlandfahrt (2 x 45 Min.)   124,00 €\n"
        "Do 16.05.  07:00-07:45  Übungsstunde                    62,00 €\n"
        "Sa 18.05.  10:00-12:15  Autobahnfahrt (3 x 45 Min.)   186,00 €\n"
        "------------------------------------\n"
        "Gesamt: 372,00 € - wird per Lastschrift am 20.05. eingezogen.\n"
        "Absagen bitte bis 24 Std. vorher, sonst wird die Stunde berechnet.\n"
        "Treffpunkt: Filiale Lindenstraße 8\n\n"
        "Kann ich die Stunde am Dienstag auf Donnerstagnachmittag verschieben?",
        "none",
    ),
    (
        "Die Abbuchung für die Katzenversicherung kam diesen Monat am 3. statt am 1. - ist das "
        "normal? Kein Problem, nur neugierig.",
        "none",
    ),
    (
        "> Ihre Buchung PF-DE-41277 wurde storniert.\n\n"
        "Stimmt so, ich habe selbst storniert (5 Wochen vor Anreise). Nur zur Planung: wie "
        "lange dauert die Erstattung laut Ihren Bedingungen normalerweise? Keine Eile.",
        "none",
    ),
    (
        "Beim Spaziergang habe ich am Hafen einen Schlüssel mit Ihrem Marina-Anhänger "
        "gefunden (Nummer 23). Wo kann ich ihn abgeben?",
        "none",
    ),
    (
        "Objet : Facture contestée\n\n"
        "Le devis signé prévoyait 2 400 € pour la journée complète. Vous nous facturez 3 150 € "
        "avec des « heures supplémentaires » que nous n'avons jamais demandées : le photographe "
        "est parti à 22 h comme prévu. Je conteste ce montant et je ne réglerai que le solde du devis.",
        "billing_dispute",
    ),
    (
        "Bonjour, je suis la mère de Léa Martin (compte SL-88012). Elle a dû arrêter ses études "
        "en octobre pour raisons de santé. Les manuels ont été renvoyés, mais vous avez refusé "
        "le remboursement du semestre parce que le délai était dépassé de 5 jours. Pouvez-vous "
        "faire une exception ? Je peux fournir le certificat médical.",
        "refund_exception",
    ),
    (
        "[07:55] Visitor: bonjour je vois un prélèvement de 380 € « SALTMARSH QUAY MARINA » sur mon compte\n"
        "[07:56] Visitor: je n'ai pas de bateau chez vous, jamais été client\n"
        "[07:56] Visitor: c'est quoi ?",
        "unrecognised_payment",
    ),
    (
        "Objet : Appel suspect\n\n"
        "Quelqu'un m'a appelée en se présentant comme technicien SunHarbor et m'a demandé mes "
        "identifiants du portail et le code reçu par SMS « pour une mise à jour de l'onduleur ». "
        "Je lui ai donné le code avant de me méfier. C'était vous ? Que dois-je faire ?",
        "security",
    ),
    (
        "C'est la troisième fois que mon professeur ne se connecte pas au cours et personne ne "
        "me prévient. J'ai payé 290 € pour ce module et j'ai perdu trois soirées. Le service "
        "client ne répond jamais. Je suis extrêmement déçu : si rien ne change je pars chez un "
        "concurrent et je le ferai savoir partout.",
        "complaint",
    ),
    (
        "on m'a volé mon sac dans le métro avec le badge d'accès hivedesk lyon part dieu dedans "
        "pouvez-vous le désactiver tout de suite je m'appelle karim benali",
        "lost_stolen",
    ),
    (
        "Votre appli de suivi solaire n'a rien affiché pendant quelques heures hier, mais tout "
        "est revenu. Les données de production manquantes seront-elles récupérées ?",
        "none",
    ),
    (
        "Avant de m'inscrire au forfait 20 heures : si j'obtiens mon permis avant d'avoir "
        "utilisé toutes les heures, les heures restantes sont-elles remboursées ?",
        "none",
    ),
    (
        "Comment ajouter mon deuxième chat à mon contrat ?",
        "none",
    ),
    (
        "> Votre paiement de 85,00 € pour la réservation PF-FR-20931 a été refusé.\n"
        "> Merci de mettre à jour votre moyen de paiement sous 48 h.\n\n"
        "Oui, c'était ma carte expirée. J'ai enregistré la nouvelle, pouvez-vous relancer le paiement ?",
        "none",
    ),
    (
        "Pour mon employeur (service conformité), j'ai besoin d'une facture au nom de la société "
        "avec notre numéro de TVA intracommunautaire pour l'abonnement coworking de mars.",
        "none",
    ),
    (
        "J'écris pour mon grand-père, qui n'est pas à l'aise avec l'ordinateur : il veut garder "
        "son compte et ses piles en abonnement, mais ne plus recevoir le catalogue papier. "
        "Comment faire ?",
        "none",
    ),
    (
        "Audiva - Confirmation de commande n° AUD-FR-77310\n"
        "Date : 03/06/2024\n"
        "Client : Mme Josette Perrin, 12 rue des Tilleuls, 69003 Lyon\n"
        "Article 1 : Piles zinc-air taille 312 (boîte de 60)      1 x 24,90 €\n"
        "Article 2 : Pastilles de nettoyage Audiva Clean          1 x 9,50 €\n"
        "Article 3 : Dômes ouverts taille M (lot de 10)          1 x 7,00 €\n"
        "Sous-total : 41,40 €\n"
        "Livraison : Colissimo - 4,90 €\n"
        "Total TTC : 46,30 € - réglé par carte bancaire\n"
        "Expédition prévue : 05/06/2024\n"
        "Pour toute question, répondez à ce message.\n\n"
        "Est-ce que je peux ajouter une deuxième boîte de piles avant l'envoi ?",
        "none",
    ),
    (
        "Asunto: Cobro incorrecto reserva PF-90114\n\n"
        "Reservé 4 noches en parcela con electricidad a 38 €/noche y me han cobrado 212 € en "
        "lugar de 152 €. El 'suplemento de temporada alta' no aparecía en ningún sitio al "
        "reservar. Si no me devuelven la diferencia, abriré una reclamación con mi banco.",
        "billing_dispute",
    ),
    (
        "> Su reembolso de 1.190,00 € ha sido procesado correctamente.\n"
        "> Audiva Atención al Cliente\n\n"
        "Eso me dijeron el 3 de marzo, cuando devolví los audífonos dentro del periodo de "
        "prueba. Hoy es 20 de abril y no he recibido nada. Mi banco dice que no hay ninguna "
        "transferencia pendiente.",
        "refund_exception",
    ),
    (
        "quiero dar de baja el seguro de mi perro numero de poliza PS 40 22 17 ya no lo "
        "necesito por favor no me cobren mas a partir de este mes gracias",
        "account_closure",
    ),
    (
        "Estimados señores:\n\nLes comunico que he presentado una reclamación ante la Oficina "
        "Municipal de Información al Consumidor por incumplimiento del contrato de reportaje de "
        "boda firmado el 2 de febrero. Mi abogada, Dña. Lucía Ferrer, se pondrá en contacto con "
        "ustedes. Les ruego conserven toda la documentación relativa al caso.",
        "legal",
    ),
    (
        "Soy el padre de Marta, de 15 años. En mi tarjeta aparecen tres cargos de 29,99 € de "
        "'LINGUAVERDE PREMIUM' en abril. Nosotros no hemos contratado nada premium y mi hija "
        "dice que no ha sido ella. ¿De qué son estos cargos?",
        "unrecognised_payment",
    ),
    (
        "[08:32] Visitor: no funciona el wifi en todo el edificio de Hivedesk Valencia\n"
        "[08:33] Visitor: tampoco abren las puertas con la app, estamos como 15 personas en la calle\n"
        "[08:35] Visitor: recepción no contesta al teléfono",
        "outage",
    ),
    (
        "Llevamos 3 meses esperando a que vengan a terminar la instalación. Los paneles están "
        "en el tejado pero sin conectar y el inversor sigue en una caja en el garaje. Cada vez "
        "que llamo me dan una fecha nueva y nadie aparece. Quiero poner una queja formal y "
        "hablar con un responsable. Me estoy planteando en serio contratar a otra empresa para "
        "acabar el trabajo.",
        "complaint",
    ),
    (
        "En mi extracto el pago de las clases aparece como 'CLEARROAD DS LTD', es de ustedes, "
        "¿verdad? Lo pregunto solo para apuntarlo bien en mi contabilidad.",
        "none",
    ),
    (
        "Se me perdió el cargador de los audífonos en un viaje. ¿Puedo comprar uno suelto?",
        "none",
    ),
    (
        "¿Puedo anular solo una de las clases particulares del pack? El curso entero lo quiero "
        "mantener, es que ese jueves tengo médico.",
        "none",
    ),
    (
        "¿Cuál es el procedimiento si quiero sacar el barco del amarre durante el invierno y "
        "volver en primavera? No quiero darme de baja, solo saber las opciones.",
        "none",
    ),
    (
        "ShelfLoan - Confirmación de alquiler\n"
        "Pedido: SL-ES-10442\n"
        "Fecha: 12/09/2024\n"
        "Estudiante: Andrés Quiroga Vidal\n"
        "1. Fundamentos de Contabilidad Financiera (3.ª ed.) - alquiler cuatrimestral - 27,00 €\n"
        "2. Derecho Mercantil I - alquiler cuatrimestral - 31,50 €\n"
        "3. Microeconomía Intermedia (Varian) - alquiler cuatrimestral - 29,00 €\n"
        "Envío: gratuito\n"
        "Total: 87,50 € (IVA incl.) - pagado con Bizum\n"
        "Estado: entregado 16/09/2024\n"
        "Consulte las condiciones de devolución en su área de cliente.\n\n"
        "¿Hasta qué fecha tengo que devolverlos?",
        "none",
    ),
    (
        "Solo quería decirles que las fotos de nuestra boda son preciosas. Mi madre lloró al "
        "verlas. ¡Muchísimas gracias a todo el equipo!",
        "none",
    ),
    (
        "¿Cómo cambio el correo electrónico de mi cuenta? He cambiado de trabajo y ya no uso "
        "la dirección antigua.",
        "none",
    ),
)

# Set O: written blind on 2026-12-07 by a writer who read no code of the project: messages written
# on behalf of someone else (carers, assistants, parents, bookkeepers, neighbours) and messages with
# several topics in one; ten further industries. Kept unread: only its figures are read.
SPOKEN_CHECKS_O: tuple[tuple[str, str], ...] = (
    # ---------------- English: high-risk ----------------
    (
        "Hello,\n\nI do the books for Hendry Marine Surveys Ltd and I'm writing on behalf of the director, Mr Alan Hendry, about berth C14 at Saltmarsh Quay Marina.\n\nThree things, if I may:\n1) Could you confirm the winter haul-out date for his boat, Kittiwake? He thought it was 3 November.\n2) Invoice SQ-55871 charges £2,940 for the annual berth, but the contract he signed in March states £2,310 for a 9 m vessel. The boat hasn't changed length. We don't accept the extra £630 and would like a corrected invoice before we pay anything.\n3) Is there a way to get invoices emailed directly to our accounts inbox rather than to Alan?\n\nMany thanks,\nPriya Nandakumar\nBookkeeper",
        "billing_dispute",
    ),
    (
        "Hi Willowmere team,\n\nI'm the PA to Jonathan Okafor, who is hosting his company's summer party at the barn on 14 August. A few bits to sort out:\n\n- Can the marquee go up the day before, and is there an extra fee for that?\n- Jonathan's card was charged twice for the deposit (£1,500 on 2 June and again on 4 June, ref WB-20931). I raised this with your events coordinator three weeks ago and heard nothing, so he has asked me to let you know he'll be asking his bank to reverse the second payment on Friday unless it's sorted before then.\n- Final numbers will be 85 adults and 6 children. Is there a separate children's menu?\n- Please send the parking plan for the coaches when you have it.\n\nBest regards,\nMelissa Grant",
        "billing_dispute",
    ),
    (
        "Dear Hollybrook Veterinary Clinic,\n\nI look after my mother, Mrs Edith Crowther (client no. HVC-30417), who is 88 and doesn't use email. Her spaniel Bramble was put to sleep at your clinic last Tuesday. Thank you to Dr Rees, who was very kind to her.\n\nMum had paid the 12-month Pet Health Plan upfront in January (£264). I know the terms say the plan is non-refundable once started, but she has seven months left that can't be used now, and it's a lot of money for her on a pension. Would the practice consider refunding the unused months as a one-off?\n\nAlso, could you tell me when Bramble's ashes will be ready, and whether I can collect them instead of her?\n\nWith thanks,\nJanet Crowther",
        "refund_exception",
    ),
    (
        "Hi,\n\nI'm writing for my son Kieran Walsh (pupil ref GL-7742), he's 17. We bought the 20-hour block booking from GreenLight Driving School in September 2025 for £680. He's used 8 hours. He then broke his wrist playing rugby and couldn't drive for months, and now the block has expired under your 12-month rule.\n\nI understand expired hours aren't normally refunded, but given the circumstances could you refund the 12 unused hours, or at least part of them? I can send the hospital letter.\n\nThanks,\nSiobhan Walsh",
        "refund_exception",
    ),
    (
        "hi can we get money back on the violin rental for my daughter, i know its past the 14 days but she gave up after a week and its barely been touched",
        "refund_exception",
    ),
    (
        "Hello,\n\nI hold lasting power of attorney for my father, Desmond Fairley, and I'm writing on his behalf. He took a RootTrace DNA test in 2023 (kit ID RT-4K9-22871).\n\nHe has thought about it carefully and would like everything removed: his account, his DNA results, his family matches and the stored saliva sample. Please treat this as a request to erase his personal data under GDPR and confirm in writing once it's done.\n\nI can send a copy of the LPA if you need it. Could you also tell me whether the relatives he's matched with will be notified?\n\nKind regards,\nHelen Fairley-Moss",
        "account_closure",
    ),
    (
        "Hi there,\n\nI'm helping my next-door neighbour, Mrs Pauline Hart, who is 91 and has asked me to sort a few things on GiveBridge for her as she can't manage the website.\n\n1. She'd like a copy of her donation history for 2026 so her son can check it.\n2. She would like the monthly £15 to the Riverside Hospice appeal stopped and her GiveBridge account closed altogether. She's moving into a care home in January and is simplifying everything.\n3. Is there a phone number she can ring if she has questions? She prefers talking to a person.\n\nHer donor ID is GB-118204. She's sitting next to me and is happy for me to write this.\n\nThanks very much,\nTom Aldridge (neighbour)",
        "account_closure",
    ),
    (
        "To the manager, Ashdown & Sons Funeral Directors\n\nI am writing on behalf of my mother, Mrs Rosemary Pell, regarding the funeral of my late father, Geoffrey Pell, on 19 October (your ref ASF/2026/0412).\n\nThe family has now instructed Harrow & Lyle Solicitors in relation to the handling of my father's remains. Please ensure that all records, paperwork and CCTV relating to his care at your premises are preserved, and direct any further correspondence on this matter to Ms Catherine Lyle at the firm rather than to my mother.\n\nSeparately, my mother would still like the memorial cards you printed to be posted to her home address.\n\nYours faithfully,\nDavid Pell",
        "legal",
    ),
    (
        "Dear Eastbury Council Parking Services,\n\nI'm the personal assistant to Dr Farah Qureshi (resident permit RP-30991, zone E4).\n\nA few questions:\n\n- Dr Qureshi has a new car from next month; how do we update the registration on the permit?\n- Does the permit cover the visitor bays on Clement Street as well?\n- Dr Qureshi is also formally requesting, under Article 15 of the UK GDPR, a copy of all personal data the council holds about her in connection with parking, including enforcement camera images, officer notes and call recordings from 2025 onwards. Please acknowledge this request and confirm the statutory deadline.\n\nMany thanks,\nOwen Pryce\nPA to Dr F. Qureshi",
        "legal",
    ),
    (
        "Hello GiveBridge support,\n\nI'm the volunteer bookkeeper for the Little Fenwick Scout Group (charity page GB-C-4471). Our treasurer, Mr Barry Cole, asked me to contact you as he's away.\n\nThis morning we had an email saying the payout bank account on our page had been changed. Nobody on our committee made that change, and the login history shows a sign-in from a device in another country at 03:12 last night. Barry's password has been reset, and not by him. There's £3,860 in pending donations due to be paid out on Friday.\n\nCan you freeze payouts and help us get the account back? Also, unrelated, could you send the Gift Aid report for Q3 when things are sorted?\n\nThanks,\nAnita Ruiz",
        "security",
    ),
    (
        "Hi,\n\nI'm writing for my 16-year-old, Maisie, whose RootTrace account is set up under my name (Jenny Barnes).\n\nCouple of questions. First, she wants to know whether she can see her ancestry broken down by region in more detail. Is that a paid upgrade?\n\nSecond, last week she got an email that looked like it came from you saying her results were ready and she had to log in to view them. She clicked the link and typed in the password. Since then the profile photo and display name on the account have changed to something neither of us recognise, and she's had messages from 'matches' asking for money. We're not sure what she's let happen.\n\nThird, is there a student discount on kits for her friends?\n\nThanks,\nJenny Barnes",
        "security",
    ),
    (
        "Got a text from 'Critterguard' saying my wasp nest booking will be cancelled unless I re-enter my card details on a link - is that actually you? I'd already typed them in before I thought about it",
        "security",
    ),
    (
        "Hi Saltmarsh Quay,\n\nI'm writing for my neighbour, Mr Derek Lowther, who has berth A07 and doesn't do email.\n\nHe's asked me to check a couple of things:\n- When is the pump-out station back in service?\n- He dropped his pontoon gate key fob in the water off the end of A pontoon on Sunday and it's gone. Could you cancel that fob so nobody can use it, and issue him a new one? The fob number was 0457.\n- Is the chandlery open on Saturdays over winter?\n\nThanks,\nSue Kirwan",
        "lost_stolen",
    ),
    (
        "Hello, my daughter Ruby Chen has lessons with Marcus on Tuesdays. Her phone was stolen on the bus home yesterday and it's logged into the GreenLight app with my card saved for booking. Can you log her out everywhere and take the card off her account? For now please confirm her lessons to me by email. Thanks, Li Chen",
        "lost_stolen",
    ),
    (
        "Hello,\n\nI manage the finances for my father, Mr Norman Briggs, as he has early dementia. Going through his bank statement I've found a payment of £89.00 to KEYS&STRINGS RENTAL dated 1 November, and another of the same amount on 1 October.\n\nAs far as the family knows, Dad hasn't rented anything from you in years. The upright piano went back in 2024 and we have the collection note. None of us set this up. Can you tell me what these payments are for and which account they're linked to?\n\nAlso, he still has a piano stool from you that we think was never collected - does that need returning?\n\nThank you,\nGwen Briggs-Taylor",
        "unrecognised_payment",
    ),
    (
        "theres a £450 payment to WILLOWMERE BARN on my card statement and ive never booked anything with you, what is this",
        "unrecognised_payment",
    ),
    (
        "Hi,\n\nI'm the office manager for a small dental practice on Harcourt Road and I'm sorting business parking permits for three of our staff.\n\n1. The permit renewal page has been giving 'Service Unavailable' every time we try to log in since Monday, on different computers and phones. The permits expire on Thursday and we literally can't get into the account to pay. Is it down?\n2. Once it's back, can the three permits go on a single invoice?\n3. Does the new E5 zone boundary include Harcourt Road?\n\nThanks,\nClaire Benham\nHarcourt Dental",
        "outage",
    ),
    (
        "Hello,\n\nWriting on behalf of my elderly aunt, Mrs Joan Whitfield, whose cat Pickle is on thyroid tablets from Hollybrook.\n\nThe online repeat prescription form and the client portal have not loaded at all since Friday - it just spins and then shows an error. I've tried on my laptop and my phone. The phone line for repeats also just rings out. Pickle has four tablets left. Is the system down, and how else can we order?\n\nAlso, does Pickle need a blood test before the next batch can be issued?\n\nThanks,\nRobert Whitfield",
        "outage",
    ),
    (
        "I am writing on behalf of my mother, who is too upset to write herself.\n\nMy grandmother's funeral on Friday was handled appallingly. The hearse arrived twenty minutes late, her name was spelt wrong in the order of service even though we corrected the proof twice, and the wrong hymn was played as she was carried in. When my mother raised it afterwards, your staff member shrugged and said 'these things happen'.\n\nThis was the one day we could not get back and you ruined it. I want a formal response from the owner explaining how this was allowed to happen. We have used Ashdown & Sons for three family funerals and we will never use you again, and we will make sure everyone in the village knows why.\n\nMarion Keel (on behalf of Mrs Ann Keel)",
        "complaint",
    ),
    (
        "Hi, I'm the assistant manager at The Copper Pot restaurant (contract CG-20518), writing for the owner, Mr Sandeep Arora.\n\nThis is now the third time your technician hasn't turned up for the scheduled rodent inspection - 2 October, 23 October and yesterday. Each time we closed the kitchen early and sent staff home. Nobody phoned to say he wasn't coming. Sandeep is livid. Frankly this is a shambles.\n\nHe wants a call from a manager today, not another automated email. If the next visit doesn't happen as promised, we're moving to another pest control company.\n\nRegards,\nLauren Fitch",
        "complaint",
    ),
    # ---------------- English: none ----------------
    (
        "Hi Hollybrook,\n\nI'm booking on behalf of my dad, who has two cats registered with you (Smudge and Tiger, client no. HVC-28810).\n\nCould we move their booster vaccinations from 12 December to any morning the week after?\n\nAlso he's thinking about the Pet Health Plan for next year. Just so he knows before signing up - how do refunds work on the plan in general? For example if a cat is rehomed partway through the year, is anything paid back? He's not asking for one, he just likes to read the small print first.\n\nThanks,\nAmy Osei",
        "none",
    ),
    (
        "Good afternoon,\n\nI'm PA to Mrs Caroline Deverell. She would like to book a dental scale and polish for her whippet, Juno, ideally in the first two weeks of January.\n\nCould you let me know the estimated cost, whether Juno needs to be starved beforehand, and what time she'd need to be dropped off and collected? Mrs Deverell's driver will bring her.\n\nKind regards,\nSophie Lang",
        "none",
    ),
    (
        "Hello,\n\nI'm the accountant for Tidewater Charters Ltd, who rent two berths with you at Saltmarsh Quay (D02 and D03). We're closing the year and I need copies of all 2026 invoices for both berths, with VAT shown separately. The amounts all agree with our records, so this is just for the file.\n\nCould you also confirm the company address you hold, as it changed in April, and whether you can put a PO number on future invoices?\n\nMany thanks,\nGraham Teale",
        "none",
    ),
    (
        "Hi,\n\nMy father-in-law is thinking of moving his yacht to Saltmarsh Quay next season and asked me to find out a few things before he visits.\n\n- What's the current rate for a 10.5 m boat, annual and summer-only?\n- Out of interest, what's security like on the pontoons? Is there CCTV and is the gate code changed regularly? He's never had a problem anywhere, he just likes to know.\n- Is there shore power on every berth?\n\nThanks,\nNadia Harwood",
        "none",
    ),
    (
        "Dear Ashdown & Sons,\n\nI'm helping my aunt with the arrangements for my uncle Frank's service on 2 December at 11am.\n\nA few things:\n1. My cousin Daniel will give the eulogy. He's a barrister so he's used to speaking, but he'd like a lectern and a microphone - is that possible in the chapel?\n2. Can we bring our own USB stick of music for the entrance and exit?\n3. How many orders of service would you suggest for about 120 people?\n\nThank you for being so patient with us.\nLydia Marsh",
        "none",
    ),
    (
        "Hello,\n\nMy neighbour Mr Ivor Pritchard is 79 and wants to set up a pre-paid funeral plan so his family don't have to worry later. He's asked me to get some information for him.\n\nCould you post him a brochure with the plan options and prices? He'd also like to know if he can choose a burial at St Michael's churchyard in Little Ashdown, and whether the plan can be paid monthly.\n\nHis address is 4 Orchard Row, Little Ashdown.\n\nThanks,\nKaren Doyle",
        "none",
    ),
    (
        "Hi GreenLight,\n\nMy daughter Isla Dunn has her practical test on 9 January. Two quick questions from me as she's at college:\n\n1. She thought she'd lost her theory test pass certificate but it turned up in her drawer this morning - does she need to bring it on the day, or is the provisional licence enough?\n2. Can she have a one-hour lesson just before the test in the same car?\n\nThanks,\nMark Dunn",
        "none",
    ),
    (
        "Hello,\n\nI handle the accounts for Brightwell Landscaping. We'd like to book 10 hours of manual driving lessons for our new apprentice, Josh Pearce, so he can eventually drive the company van.\n\nCan the lessons be invoiced to the company rather than to Josh? If so, please address the invoice to Brightwell Landscaping Ltd, Unit 6, Fenner Industrial Estate, and let me know your payment terms.\n\nThanks,\nDebbie Holt",
        "none",
    ),
    (
        "Hi Critterguard,\n\nI'm writing for my mum, who's booked your mouse treatment for Thursday (booking CG-31187).\n\nShe has grandchildren over most weekends and a cat, so she'd like to know how the bait boxes are secured - are they locked so little ones can't open them? Also, roughly how long will the technician be there, and does she need to empty the kitchen cupboards first?\n\nThanks,\nRachel Amos",
        "none",
    ),
    (
        "Hello, I'm the PA for Mr Gerald Fox (quarterly pest control contract CG-10942 at his office). The company card you have on file expires at the end of this month. How do I update it before the next visit in January? Can I do it online or should I phone? Thanks, Hannah Webb",
        "none",
    ),
    (
        "Hello Willowmere,\n\nI'm the maid of honour for Chloe and Sam's wedding on 6 June 2027 and I'm helping them with a list of questions:\n\n1. Chloe's father is a retired judge and will be giving a speech - is there a podium we could use, and a wireless mic?\n2. Can the ceremony be held outside by the pond if the weather's good, with the barn as a wet-weather backup?\n3. What time does the bar have to close?\n4. Do you have a list of recommended local photographers?\n\nThank you!\nBecky Lowe",
        "none",
    ),
    (
        "Hi, I'm filling in the wedding insurance form for my son and his fiancée (Willowmere booking WB-21456, 18 September 2027). The insurer asks for the venue's cancellation terms. We're not cancelling anything - they're very much going ahead! - could you just email me a copy of the cancellation policy? Thanks, Pat Simmons",
        "none",
    ),
    (
        "Hello,\n\nI'm buying a RootTrace kit as a Christmas present for my grandad, and I'll be setting up the account for him.\n\nA couple of questions first:\n- If one day in the future he decided to close his account, what happens to his DNA data and sample? I'd like to explain it to him before he spits in a tube. He's not worried, just curious.\n- Can the results be shared with me so I can help him read them?\n- Does the kit need to be posted back within a certain time?\n\nThanks,\nOliver Stanton",
        "none",
    ),
    (
        "Hi, I posted my mum's sample back to you on 20 November (kit RT-7Q2-55019) and the tracking hasn't updated since it left the post office. I don't think it's lost, it's probably just the Christmas post, but how long does it usually take to reach the lab? Thanks, Sandra",
        "none",
    ),
    (
        "Hello,\n\nI'm writing for my aunt, Mrs Dorothy Pike (donor ID GB-097715). Her accountant has asked for a statement of all the donations she made through GiveBridge during the 2025-26 tax year, for her self-assessment return.\n\nCould you email it to me at this address? She has given permission. Also, is there a way for her to get an annual statement automatically in future?\n\nMany thanks,\nFiona Pike",
        "none",
    ),
    (
        "Hi GiveBridge,\n\nJust wanted to say thank you - when the site went down during our sponsored swim last week your team had it back up within the hour and kept us updated. Much appreciated.\n\nNow a question on behalf of our club secretary: how do we add Gift Aid declarations for people who gave cash on the day? And can we extend the page's closing date to 31 January?\n\nCheers,\nMatt Robson, Otter Bay Swimming Club",
        "none",
    ),
    (
        "Hello,\n\nI do the paperwork for my mother, Mrs Ellen Sayers (resident permit RP-28177). There's a payment of £60 to Eastbury Council on her statement from 3 November. That's the annual permit renewal, which is fine, but I can't find a receipt anywhere. Could you email one to me?\n\nAlso, does she need to display a paper permit or is it all digital now?\n\nThanks,\nJohn Sayers",
        "none",
    ),
    (
        "Hi, I'm a neighbour of Mrs Nora Quigley at 22 Linden Terrace (parking zone E2). She has carers coming four times a day. Is there a carers' permit, or does she need to buy visitor vouchers? What documents would she need to apply? Thanks, Ahmed Rahman",
        "none",
    ),
    (
        "Hello Keys & Strings,\n\nI'm enquiring for my granddaughter, who's just started piano lessons. We're interested in renting either a digital piano or an upright.\n\n- What are the monthly prices for each?\n- Do you have a rent-to-own scheme?\n- If we end the rental later on, say after a year, does any of the rent count towards buying one?\n- Can you deliver to a first-floor flat?\n\nThanks,\nMaureen Gill",
        "none",
    ),
    ("What time is the tuner coming on Thursday? Ref KS-6621", "none"),
    # ---------------- German ----------------
    (
        "Sehr geehrtes Team von Schloss Hohenau,\n\nich schreibe Ihnen im Auftrag von Frau Dr. Sabine Ehrlich, Geschäftsführerin der Ehrlich Consulting GmbH, deren Firmenjubiläum am 24. Oktober bei Ihnen stattfand.\n\nZunächst vielen Dank – die Gäste waren begeistert vom Saal.\n\nZu Ihrer Schlussrechnung Nr. SH-2026-1187 haben wir allerdings Einwände: Abgerechnet wurden 120 Gedecke à 89 €, laut Ihrer eigenen Einlassliste waren aber nur 94 Gäste anwesend, und die finale Personenzahl hatten wir Ihnen am 17. Oktober schriftlich mit 95 bestätigt. Den Differenzbetrag von 2.225 € erkennen wir nicht an. Bitte senden Sie uns eine korrigierte Rechnung.\n\nAußerdem: Könnten Sie uns die Fotos vom Sektempfang zusenden, die Ihr Haus gemacht hat? Und haben Sie im Dezember 2027 noch einen Termin für eine Weihnachtsfeier frei?\n\nMit freundlichen Grüßen\nJana Kowalski\nAssistenz der Geschäftsführung",
        "billing_dispute",
    ),
    (
        "Hallo liebes Team der Fahrschule Vollgas,\n\nich schreibe für meinen Sohn Leon Bergmann (Schüler-Nr. 4471). Er hat sich im Sommer bei Ihnen angemeldet und die Grundgebühr von 390 € bezahlt, dazu ein Paket von 10 Fahrstunden im Voraus.\n\nNun hat er überraschend einen Ausbildungsplatz in Hamburg bekommen und zieht nächste Woche um. Gefahren ist er erst zwei Stunden. Mir ist klar, dass die Grundgebühr laut Vertrag nicht erstattet wird und vorausbezahlte Stunden bei Abbruch verfallen – aber wäre es möglich, uns aus Kulanz wenigstens die acht nicht genutzten Stunden und einen Teil der Grundgebühr zurückzuzahlen? Für uns ist das gerade viel Geld.\n\nAußerdem bräuchte er eine Bescheinigung über die bereits absolvierten Theoriestunden für die neue Fahrschule.\n\nViele Grüße\nMonika Bergmann",
        "refund_exception",
    ),
    (
        "Guten Tag,\n\nich bin der gesetzliche Betreuer von Herrn Walter Henning (Kunden-Nr. AS-208843) und kümmere mich um seine Angelegenheiten.\n\nHerr Henning hat vor einigen Jahren einen Ahnenspur-Test gemacht. Er möchte inzwischen nicht mehr, dass seine Daten bei Ihnen liegen. Ich bitte Sie daher, sein Kundenkonto vollständig zu löschen, einschließlich der DNA-Rohdaten und der Verwandtschaftstreffer, und die eingelagerte Speichelprobe zu vernichten. Eine Kopie des Betreuerausweises liegt bei.\n\nKönnten Sie mir bitte kurz bestätigen, wann das erledigt ist? Und muss ich das laufende Plus-Abo separat kündigen, oder endet es automatisch mit?\n\nMit freundlichen Grüßen\nKlaus Reinhardt",
        "account_closure",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\nich schreibe im Namen meiner Nachbarin, Frau Ingrid Lorenz (Bewohnerparkausweis Zone C, Az. BP-2026-03318), die selbst kein Internet hat.\n\nIhr Antrag auf Verlängerung des Bewohnerparkausweises wurde im September von der Stadt Neuhagen abgelehnt. Frau Lorenz hat dagegen über ihren Rechtsanwalt, Herrn Dr. Matthias Vogt, Klage beim Verwaltungsgericht erhoben. Herr Dr. Vogt bittet um Übersendung der vollständigen Verwaltungsakte und darum, dass sich die Stadt künftig direkt an seine Kanzlei wendet.\n\nNebenbei noch eine Frage von ihr: Gilt der alte Ausweis bis zur Entscheidung weiter?\n\nMit freundlichen Grüßen\nHelga Brandt",
        "legal",
    ),
    (
        "Hallo Spendenbrücke-Team,\n\nich mache ehrenamtlich die Buchhaltung für den Förderverein der Grundschule Am Mühlbach e.V. und schreibe in Absprache mit unserer Vorsitzenden, Frau Petra Albers.\n\nMir ist beim Monatsabschluss etwas aufgefallen: Im Vereinskonto bei Ihnen ist seit dem 28. November eine andere IBAN für die Auszahlungen hinterlegt, die keiner von uns kennt. Außerdem wurde eine weitere Administratorin „m.keller“ hinzugefügt, die es bei uns nicht gibt. Frau Albers hatte kurz vorher eine E-Mail bekommen, angeblich von Ihnen, mit der Bitte, sich wegen einer Sicherheitsprüfung neu anzumelden.\n\nBitte stoppen Sie sofort alle Auszahlungen und melden Sie sich bei uns. Nebenbei: Wie bekomme ich die Sammelzuwendungsbestätigung für 2026?\n\nViele Grüße\nUwe Hartmann",
        "security",
    ),
    (
        "Hallo, hab meinen Schlüssel-Chip für Steg B verloren (Liegeplatz B12, Hansen). Bitte sperren und neuen ausstellen, danke!",
        "lost_stolen",
    ),
    (
        "Guten Morgen,\n\nich schreibe für meinen Vater, Herrn Günter Pohl, dessen Kater Moritz Diabetiker ist und bei Ihnen in der Tierarztpraxis Am Lindenhof behandelt wird.\n\nSeit gestern Abend lässt sich Ihr Online-Portal nicht mehr öffnen, es kommt nur „Fehler 502“, und die Telefonnummer der Praxis meldet „kein Anschluss unter dieser Nummer“. Mein Vater braucht dringend ein neues Rezept für das Insulin, er hat nur noch für zwei Tage. Gibt es bei Ihnen ein technisches Problem? Wie können wir das Rezept sonst bestellen?\n\nUnd eine zweite Frage: Kann ich das Insulin statt meines Vaters abholen?\n\nDanke und viele Grüße\nSandra Pohl",
        "outage",
    ),
    (
        "Hallo Tierarztpraxis Am Lindenhof,\n\nich schreibe für meine Oma, Frau Erika Schulz. Ihr neuer Hund Bello (Mischling, 2 Jahre) soll bei Ihnen gechippt und geimpft werden.\n\nZwei Fragen: Registrieren Sie den Chip direkt bei TASSO, damit man ihn findet, falls er mal verloren geht? Oder muss meine Oma das selbst machen? Und was kosten Chip und Impfung ungefähr?\n\nPasst ein Termin am Dienstagvormittag?\n\nLiebe Grüße\nLena Schulz",
        "none",
    ),
    (
        "Moin zusammen,\n\nerst mal ein Lob: Nach dem Stromausfall am Steg A letzte Woche war der Hafenmeister super schnell da und nach einer Stunde lief alles wieder. Danke dafür!\n\nIch frage für meinen Schwiegervater, Herrn Jürgen Thiel (Liegeplatz A22): Was kostet das Winterlager an Land für sein 8,5-m-Boot, und bis wann muss er sich anmelden? Und darf er das Boot im Winter selbst unter der Plane schleifen?\n\nGruß\nTim Becker",
        "none",
    ),
    (
        "Sehr geehrte Damen und Herren vom Bestattungshaus Kranich,\n\nich schreibe im Namen meiner Mutter, Frau Renate Vogel. Zunächst herzlichen Dank für die würdevolle Trauerfeier für meinen Vater.\n\nDie Rechnung Nr. BK-5523 über 4.860 € ist bei uns angekommen und stimmt so. Meine Mutter wartet allerdings noch auf die Auszahlung der Sterbegeldversicherung. Wäre es möglich, den Betrag in drei Raten zu begleichen?\n\nAußerdem hätte sie gern noch zehn weitere Trauerkarten – geht das?\n\nMit freundlichen Grüßen\nMichael Vogel",
        "none",
    ),
    (
        "Hallo,\n\nich helfe meiner Nachbarin, Frau Hildegard Roth, bei den Vorbereitungen für die Beerdigung ihres Mannes am Freitag.\n\nSie möchte gern vorher noch einmal Abschied am offenen Sarg nehmen. Wann wäre das möglich, und darf ihre Enkelin mitkommen? Außerdem möchte sie wissen, ob Sie den Blumenschmuck für die Kapelle organisieren oder ob die Familie das selbst macht.\n\nVielen Dank\nBirgit Lang",
        "none",
    ),
    (
        "Hallo, mein Sohn Finn (Schüler-Nr. 5120) ist nächste Woche auf Klassenfahrt. Kann er die Fahrstunden am Dienstag und Donnerstag absagen und in die Woche darauf verschieben? Fällt eine Gebühr an, wenn wir jetzt schon Bescheid geben? Danke, Katrin Weiß",
        "none",
    ),
    (
        "Guten Tag,\n\nich bin Hausverwalterin für die Wohnanlage Birkenweg 14–18. Kein Grund zur Beschwerde – im Gegenteil: Ihr Techniker Herr Yilmaz hat das Rattenproblem im Keller vorbildlich gelöst, und die Mieter sind sehr zufrieden.\n\nDie Eigentümergemeinschaft möchte jetzt einen Wartungsvertrag mit vierteljährlicher Kontrolle abschließen. Könnten Sie mir ein Angebot schicken? Und brauchen Sie für die Kontrollen jedes Mal Zugang zu allen Kellerabteilen?\n\nFreundliche Grüße\nAndrea Münch\nHausverwaltung Münch & Partner",
        "none",
    ),
    (
        "Liebes Klavierhaus Sonnenklang,\n\nwir möchten für unsere Tochter (9) ein Klavier mieten, und ich habe vorab ein paar Fragen:\n\n1. Gibt es ein Mietkauf-Modell, bei dem die Miete später auf den Kaufpreis angerechnet wird?\n2. Falls wir den Mietvertrag irgendwann kündigen – zum Beispiel, weil sie die Lust verliert –, wie lang ist die Kündigungsfrist, und bekommen wir die Kaution dann zurück? Nur zur Info, wir haben ja noch gar nicht angefangen.\n3. Ist das Stimmen im ersten Jahr inklusive?\n4. Liefern Sie auch in den zweiten Stock ohne Aufzug?\n\nViele Grüße\nStefanie Ahrens",
        "none",
    ),
    # ---------------- French ----------------
    (
        "Bonjour,\n\nJe suis l'assistante du syndic bénévole de la copropriété « Les Glycines », 12 rue des Peupliers, et je vous écris de la part de M. Bernard Lefèvre, président du conseil syndical.\n\nPlusieurs points :\n\n1. Votre facture n° NS-26-0893 du 15 novembre mentionne trois passages de dératisation (6, 13 et 20 octobre) pour un total de 1 140 € TTC. Or votre technicien n'est venu qu'une seule fois, le 6 octobre ; le gardien peut en témoigner et le registre d'accès le confirme. Nous contestons donc cette facture et ne réglerons que le passage effectivement réalisé.\n2. Pouvez-vous nous envoyer le rapport d'intervention du 6 octobre ?\n3. Proposez-vous un contrat annuel pour les parties communes ?\n\nCordialement,\nNathalie Girard",
        "billing_dispute",
    ),
    (
        "Bonjour,\n\nJe vous écris au nom de ma mère, Mme Jacqueline Morel (contrat de location n° LPH-1174), qui vient d'entrer en EHPAD et ne pourra plus jouer.\n\nNous souhaitons mettre fin à la location du piano droit et clôturer son compte chez Location Pianos Harmonie. Pouvez-vous organiser l'enlèvement du piano avant le 20 décembre et arrêter les prélèvements mensuels à partir de janvier ?\n\nPar ailleurs, la banquette est légèrement abîmée dans un coin ; faut-il prévoir des frais ?\n\nMerci d'avance,\nCécile Morel",
        "account_closure",
    ),
    (
        "Madame, Monsieur,\n\nJe vous écris au nom de ma mère, Mme Odile Carpentier, à la suite des obsèques de mon père, M. Henri Carpentier, organisées par les Pompes funèbres Delorme le 8 novembre (dossier PFD-2026-377).\n\nLe devis signé ne correspond en rien aux prestations facturées et, malgré deux courriers restés sans réponse, la situation n'a pas évolué. Nous avons donc confié le dossier à notre avocate, Maître Sophie Barthélemy, qui vous adressera prochainement une mise en demeure. Nous avons également saisi le médiateur de la consommation.\n\nMerci de conserver l'ensemble des pièces du dossier et d'adresser désormais toute correspondance à Maître Barthélemy.\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\nJulien Carpentier",
        "legal",
    ),
    (
        "Bonjour,\n\nJe vous écris pour mon père, M. Alain Rousseau, qui n'est pas très à l'aise avec l'informatique.\n\nD'abord une question simple : peut-il ajouter sa sœur à son arbre si elle fait aussi le test OriGènes ?\n\nEnsuite, quelque chose de plus inquiétant : il a reçu hier un e-mail de votre part indiquant que ses données brutes avaient été téléchargées depuis un nouvel appareil à Lyon. Il n'a rien téléchargé et n'habite pas à Lyon. Quand je me suis connecté avec lui, l'adresse e-mail de récupération avait été changée. Quelqu'un d'autre a visiblement accès à son compte et à ses résultats ADN.\n\nQue devons-nous faire ? Pouvez-vous bloquer le compte en attendant ?\n\nCordialement,\nThomas Rousseau",
        "security",
    ),
    (
        "Bonjour,\n\nJe suis la voisine de M. Lucien Faure, 84 ans, et je l'aide pour ses papiers depuis le décès de son épouse.\n\nEn regardant ses relevés avec lui, nous avons vu un prélèvement mensuel de 50 € avec le libellé « DONAVENIR* APPEL » depuis août. M. Faure est formel : il n'a jamais fait de don sur internet, il n'a pas d'ordinateur et ne se souvient d'aucun formulaire. Personne dans la famille ne sait d'où cela vient.\n\nPourriez-vous nous dire à quelle association cet argent est versé et avec quelles coordonnées ce don a été créé ? Nous voudrions comprendre.\n\nMerci beaucoup,\nMonique Perrin",
        "unrecognised_payment",
    ),
    (
        "Bonjour,\n\nJe suis la sœur de la mariée et je vous écris au nom de Camille et Hugo, qui sont encore en voyage de noces et n'ont pas le cœur à le faire eux-mêmes.\n\nLeur mariage au Domaine des Trois Chênes le 17 octobre a été une vraie déception. Le dîner a été servi avec une heure et demie de retard, les invités végétariens n'avaient presque rien dans leur assiette, et la sono a été coupée à 23 h 30 alors qu'on nous avait promis 2 h du matin. Quand mon père a voulu parler au responsable, on lui a répondu sur un ton franchement méprisant.\n\nC'est inadmissible pour un lieu à ce prix-là. Nous attendons des explications de la direction, et en attendant nous laisserons des avis détaillés partout où c'est possible.\n\nÉmilie Dubois",
        "complaint",
    ),
    (
        "Bonjour, l'appli Stationnement Saint-Aubrac plante depuis ce matin, impossible d'afficher ou de renouveler mon permis résident. C'est en panne ?",
        "outage",
    ),
    (
        "Bonjour,\n\nJe gère les locations saisonnières de ma tante, qui a une maison à la campagne avec un petit souci de frelons et de souris.\n\nAvant de réserver une intervention chez Nuisibles Stop, j'aurais quelques questions :\n- Quel est le tarif pour la destruction d'un nid de frelons dans le grenier ?\n- De manière générale, comment fonctionne votre garantie : si les souris reviennent dans le mois, repassez-vous gratuitement ou y a-t-il un remboursement ?\n- Les produits sont-ils compatibles avec la présence d'un chien ?\n\nMerci,\nSébastien Leroy",
        "none",
    ),
    (
        "Bonjour,\n\nJe m'occupe de l'organisation du mariage de mon frère, Maxime Fontaine, au Domaine des Trois Chênes le 12 juin 2027.\n\nTrois petites choses :\n1. Sa carte bancaire enregistrée pour l'échéancier a été renouvelée, avec une nouvelle date d'expiration. Comment mettre à jour les informations avant le prochain prélèvement ?\n2. Pouvons-nous fixer la dégustation du menu un samedi de mars ?\n3. Le domaine dispose-t-il de chambres pour les parents des mariés ?\n\nBelle journée,\nAurélie Fontaine",
        "none",
    ),
    (
        "Bonjour,\n\nJ'aimerais offrir un test OriGènes à ma grand-mère pour ses 80 ans. Elle me demande si ses données seront bien protégées : par simple curiosité, où sont stockées les données, sont-elles chiffrées, et peut-on activer la double authentification sur le compte ?\n\nEst-ce que je peux aussi créer le compte à son nom avec mon adresse e-mail ?\n\nMerci,\nLéa Marchand",
        "none",
    ),
    (
        "Bonjour,\n\nJe suis l'assistante de M. Patrick Garnier. Il souhaiterait prendre rendez-vous à la Clinique vétérinaire des Tilleuls pour le rappel de vaccin de son labrador, Oscar, la semaine prochaine, de préférence en fin de journée.\n\nPar ailleurs, Oscar s'était perdu quelques heures l'été dernier, et on avait alors remarqué que sa puce était encore enregistrée à l'ancienne adresse. Pouvez-vous vérifier que l'adresse a bien été mise à jour dans le fichier ?\n\nMerci,\nIsabelle Roux",
        "none",
    ),
    (
        "Bonjour,\n\nMon père, M. Yves Le Gall, loue la place n° 48 au port de plaisance Les Mouettes pour son voilier. Il va vendre le bateau à un ami au printemps.\n\nIl ne s'agit pas de résilier son contrat : il voudrait savoir si la place peut être transférée au nouveau propriétaire, et quelles sont les démarches. Et en attendant, son ami peut-il sortir le bateau cet hiver ?\n\nMerci,\nGwenaëlle Le Gall",
        "none",
    ),
    (
        "Bonjour, mon fils Enzo peut-il décaler sa leçon de conduite de samedi 10 h à mercredi après-midi ? Merci",
        "none",
    ),
    # ---------------- Spanish ----------------
    (
        "Hola,\n\nLes escribo en nombre de mi madre, Dña. Carmen Ruiz, cuya perra Lola fue operada de una hernia en la Clínica Veterinaria San Roque el 4 de noviembre.\n\nAntes de la cirugía el veterinario nos dio un presupuesto cerrado de 540 €, que mi madre firmó. La factura final (nº CVSR-26-3302) es de 890 €, y nadie nos avisó de ningún coste extra. No estamos de acuerdo con esa diferencia de 350 €. Si no nos envían una factura corregida, mi madre pedirá al banco que anule el cargo de la tarjeta.\n\nPor otro lado, ¿cuándo hay que quitarle los puntos a Lola? ¿Y puede seguir con el pienso de siempre?\n\nUn saludo,\nPatricia Ruiz",
        "billing_dispute",
    ),
    (
        "Buenos días,\n\nSoy la asistente personal de D. Javier Montero. Él y su prometida habían reservado la Finca El Olivar para su boda el 15 de mayo de 2027 (reserva FEO-0921) y pagaron una señal de 3.000 €.\n\nLamentablemente, la pareja ha decidido no casarse. Sabemos que, según el contrato, la señal no es reembolsable, pero faltan todavía más de cinco meses y seguramente puedan volver a alquilar esa fecha. ¿Sería posible que, como gesto de buena voluntad, nos devolvieran al menos una parte?\n\nAgradeceríamos mucho que lo consideraran.\n\nAtentamente,\nRocío Delgado",
        "refund_exception",
    ),
    (
        "Hola,\n\nEscribo de parte de mi padre, D. Antonio Gil (permiso de residente nº VR-4417, zona Centro), del Ayuntamiento de Villaverde del Río. A sus 86 años ha dejado de conducir y hemos vendido el coche.\n\nQuiere dar de baja el permiso de aparcamiento y cerrar su cuenta en la sede electrónica para que no se le renueve ni se le cobre nada más. ¿Basta con este mensaje o hay que rellenar algún formulario?\n\nAprovecho para preguntar: ¿existe algún tipo de tarjeta para los cuidadores que vienen a verle en coche?\n\nGracias,\nElena Gil",
        "account_closure",
    ),
    (
        "Buenas tardes,\n\nLes escribo por mi hijo Pablo, que tiene alquilado con Alquiler Musical Allegro un violín 3/4 (contrato AM-2290).\n\nAnoche nos forzaron el coche en el aparcamiento del conservatorio y se llevaron el estuche con el violín dentro. Ya hemos puesto la denuncia en comisaría. ¿Qué tenemos que hacer ahora con ustedes? ¿El alquiler incluía algún seguro?\n\nY otra cosa: Pablo tiene una audición el día 20; ¿tendrían un violín de sustitución para esas fechas?\n\nUn saludo,\nMarta Ibáñez",
        "lost_stolen",
    ),
    (
        "Me aparece un cargo de 79,90 € de RAIZADN en la tarjeta y no he comprado nada vuestro. ¿Qué es esto?",
        "unrecognised_payment",
    ),
    (
        "Buenos días,\n\nSoy el gestor de D. Fernando Castells, titular del amarre 112 en el Puerto Deportivo Cala Blava, y les escribo por encargo suyo.\n\nLlevamos todo el verano igual: el pantalán F está lleno de basura, los marineros le han dejado el barco mal amarrado dos veces y, cada vez que su patrón lo comenta en la oficina, le contestan de malas maneras. Hemos enviado tres correos desde julio y nadie ha respondido.\n\nD. Fernando está muy harto. Paga una de las tarifas más altas de la costa y el trato es lamentable. Si no hay una respuesta seria del director del puerto antes de fin de mes, se llevará el barco a otro puerto.\n\nAtentamente,\nJordi Serra",
        "complaint",
    ),
    (
        "Hola,\n\nAyudo a mi abuela con los trámites del entierro de mi abuelo, que organizó la Funeraria La Paz Serena la semana pasada.\n\nElla tiene un seguro de decesos y nos han dicho que la aseguradora reembolsa algunos gastos. ¿Cómo suele funcionar eso? ¿Ustedes envían la factura directamente a la aseguradora o la tenemos que presentar nosotros?\n\nTambién queríamos saber cuándo podemos recoger los recordatorios que sobraron.\n\nMuchas gracias por todo,\nIrene Campos",
        "none",
    ),
    (
        "Hola,\n\nSoy la madre de Lucía Navarro, alumna de la Autoescuela Ruta 66. Primero, daros las gracias: con Andrés como profesor ha perdido por completo el miedo a las rotondas.\n\nDos preguntas: ¿ya tenéis fecha para su examen práctico? ¿Y puede hacer una clase extra por autovía antes del examen?\n\nUn saludo,\nBeatriz Navarro",
        "none",
    ),
    (
        "Hola, escribo por mi vecina Dña. Pilar, que tiene 82 años y cucarachas en la cocina. ¿Podrían mandar a alguien de Plagas Fuera la semana que viene por la mañana? ¿Cuánto costaría el tratamiento para un piso de 70 m²? Ella estará en casa. Gracias, Sergio Moreno",
        "none",
    ),
    (
        "Buenos días,\n\nLlevo la contabilidad de Talleres Ortega S.L., que hace donaciones mensuales a través de DonaClaro a la Fundación Mar de Sonrisas.\n\nHe revisado los cargos de 2026 y todos son correctos. Para el Impuesto de Sociedades necesitamos el certificado anual de donaciones a nombre de la empresa (CIF B-41287765). ¿Nos lo pueden enviar? ¿Y desde cuándo estará disponible en la web?\n\nGracias,\nMercedes Ortega",
        "none",
    ),
    (
        "Hola, os escribo por mi madre (donante DC-55190 en DonaClaro). No quiere darse de baja ni nada de eso, solo bajar la aportación mensual a la Asociación Cruz de Olivo de 20 a 10 € a partir de enero. ¿Cómo se hace? Gracias, Raúl",
        "none",
    ),
    (
        "Hola,\n\nMi tío, D. Ramón Herrera, tiene la tarjeta de residente del aparcamiento regulado de Villaverde del Río (nº VR-3108) y me dice que caduca el 31 de diciembre. Le estoy ayudando con la renovación:\n\n- ¿Se puede renovar online o tiene que ir en persona?\n- ¿Qué documentos hacen falta? Ha cambiado de coche este año.\n- ¿Cuánto cuesta la renovación anual?\n\nGracias,\nCristina Herrera",
        "none",
    ),
    ("¿Hacéis afinación a domicilio del piano alquilado? Contrato AM-1855. Gracias", "none"),
)


# Set P: written blind on 2026-12-07 (eighth session) by a writer who read no code of the project:
# terse SMS- and chat-style messages, messages by non-native writers with mistakes and mixed
# vocabulary, and ordinary-length e-mails where the risk is implicit ("two identical lines on my
# statement"); fifteen industries (electricity, mobile carriers, gyms, an airline, dental clinics,
# pet insurance, cloud storage, ticketing, car insurance, ...). Kept unread: only its figures are
# read.
SPOKEN_CHECKS_P: tuple[tuple[str, str], ...] = (
    # ------------------------------------------------------------------
    # English - high risk (20)
    # ------------------------------------------------------------------
    (
        "Hello, Looking at my statement for March I can see two identical lines "
        "from BrightWatt Energy, both for £84.12 and both dated the 3rd. I only "
        "have the one meter and the one account (ref BW-5530921). Could someone "
        "look into it and put it right? Thanks, Harriet",
        "billing_dispute",
    ),
    (
        "parkr charged me 14.50 for 2 hrs, I was parked 40 min max. zone 118, "
        "reg KP19 XLM. want the difference back",
        "billing_dispute",
    ),
    (
        "Hello, I buy the course 'Excel for Accountants' at LearnLadder on 2 of "
        "january, I know it is more then 30 days now. But I was in hospital from "
        "10 january and I could not open it not even one time. Is possible to "
        "have the money back please? I can send the paper from the hospital.",
        "refund_exception",
    ),
    (
        "Hi there, We booked two Saver fares with Nordhavn Air to Reykjavik for "
        "the 19th (booking ref QXT7PL). I understand those fares say no refunds. "
        "My father passed away on Sunday, and the trip was meant to be for his "
        "70th birthday. Is there anything at all you are able to do for the two "
        "tickets? Kind regards, Elaine Borrow",
        "refund_exception",
    ),
    (
        "pls end my FitForge membership at the end of this month, moving abroad. member no 44871",
        "account_closure",
    ),
    (
        "Dear CloudCrate team, I would like you to remove everything you hold "
        "about me: files, backups, payment history, support chats, the lot, and "
        "to confirm in writing once that is done. I won't be needing the login "
        "afterwards either. Regards, Tomasz Wróbel",
        "account_closure",
    ),
    (
        "To whom it may concern, I have now written three times about the repair "
        "to my rear bumper under claim 2023-CL-88102 and had no answer. I have "
        "passed all correspondence to my solicitor, who will contact your claims "
        "department directly. Please copy her on anything you send me from now "
        "on. M. Okafor (Keystone Motor policy KM-4471902)",
        "legal",
    ),
    (
        "Hello, I want to receive all the datas what Tellwave have stored about "
        "me, according article 15 of GDPR. Also the recordings from my calls to "
        "your hotline please. My customer number is 7720-119. Thank you",
        "legal",
    ),
    (
        "got a password reset code i never asked for. then another one. now my "
        "password doesnt work. PayNest acct in my name, help",
        "security",
    ),
    (
        "Hi, Odd one. This morning I got an e-mail thanking me for updating my "
        "account e-mail to j.marr88@… which isn't mine. I haven't changed "
        "anything. The app on my phone still lets me in for now, but the order "
        "history shows a delivery to an address in Leeds I've never been to. "
        "Could you have a look? Snackdash account under Ruth Kemble.",
        "security",
    ),
    (
        "Hi, i receive yesterday SMS from 'HarborBank' with a link to confirm my "
        "card because is blocked, the logo look exactly like yours. I clicked it "
        "and typed my card number before I think. Is this from you?? what I do now",
        "security",
    ),
    (
        "left my wallet in a cab last night, Harbor Bank debit ending 4471 in it. freeze it please",
        "lost_stolen",
    ),
    (
        "Hello, The entry fob for our unit (3B) at HiveDesk Mercer Street hasn't "
        "been seen since Friday; one of the team thinks it was left on the train. "
        "It's the same fob we tap at the café kiosk, which bills our company "
        "account. Can you make sure no one else can use it and arrange a new "
        "one? Thanks, Dev (Pellam Studio)",
        "lost_stolen",
    ),
    (
        "Hi, Every month since February there's 9.99 on my card from "
        "'STRMBX*PLUS'. I've only ever used the free StreamBox app on my tablet "
        "and have no idea what Plus is or when I would have agreed to it. What "
        "is this and who is it linked to? Card ends 0932.",
        "unrecognised_payment",
    ),
    (
        "who is ROVR*PKG 6.20 on my card yesterday?? never used rover park in my life",
        "unrecognised_payment",
    ),
    (
        "Hi, Since about 8 o'clock this morning none of our shared folders will "
        "open for anyone in the office, 23 of us, all just getting a spinning "
        "wheel then 'something went wrong'. Laptops, phones, it doesn't matter "
        "which. We've a client submission at 3pm today. Account: Fenwick & Dale "
        "Architects (Business tier).",
        "outage",
    ),
    (
        "whole street has no power since 6am, neighbours too. is it you?? acct 88-2291",
        "outage",
    ),
    (
        "This is the fourth time I have been promised a callback about my broken "
        "home router and the fourth time nobody has rung. I have been with "
        "Tellwave for eleven years. I want to speak to someone senior this week, "
        "not another chatbot, otherwise all four of our lines are moving to "
        "another network.",
        "complaint",
    ),
    (
        "I am very angry. Three times the food come cold and one time the drink "
        "is missing, every time you say sorry and give coupon. I don't want "
        "coupon anymore. I want somebody responsible to call me, this is really "
        "bad service from Snackdash.",
        "complaint",
    ),
    (
        "3rd time my spin class booking vanished from the app and I get turned "
        "away at the door. done with this. manager pls",
        "complaint",
    ),
    # ------------------------------------------------------------------
    # English - low risk (20), about half tricky look-alikes
    # ------------------------------------------------------------------
    (
        "Hi, could you cancel my hygienist appointment on Thursday the 14th and "
        "move me to the Tuesday after if there's anything free? Thanks, Priya",
        "none",
    ),
    (
        "quick q - if my phone gets nicked while travelling, does the Tellwave "
        "insurance add-on cover it or would I need something separate?",
        "none",
    ),
    (
        "how do I delete an old photo from my Pawprint pet profile? uploaded the wrong dog lol",
        "none",
    ),
    (
        "My card on file expires at the end of next month. Where in the Rover "
        "Park app do I add the new one so my parking isn't interrupted?",
        "none",
    ),
    (
        "Hello, the gift voucher for concerts, it has a refund policy or it is "
        "only valid one year? I think to buy one for my sister birthday.",
        "none",
    ),
    (
        "app was really slow on Sunday evening when I ordered but fine now, just letting you know",
        "none",
    ),
    (
        "All sorted with the invoice question from yesterday, you can close the "
        "ticket. Thanks Marco!",
        "none",
    ),
    (
        "Hi, I was about to dispute a line on my BrightWatt bill but then "
        "realised it's the annual boiler cover I agreed to back in January. "
        "Please ignore my earlier message, sorry for the bother!",
        "none",
    ),
    (
        "What is the security deposit for renting a locker by the month at the Canal Street gym?",
        "none",
    ),
    (
        "Hello, my colleague need to log in to our CloudCrate team space too. "
        "How I add a second user? I don't want to give her my password.",
        "none",
    ),
    (
        "what time does the Canal St gym open on bank holidays",
        "none",
    ),
    (
        "Hello, my order SD-20931 is since 45 minutes 'on the way', how long it "
        "take still approximately?",
        "none",
    ),
    (
        "Good afternoon, Could you please send me a copy of the January invoice? "
        "I need it for an expense claim at work. Account ref BW-5530921. Many "
        "thanks, Harriet",
        "none",
    ),
    (
        "What's the difference between Pawprint Standard and Pawprint Plus? Does "
        "Plus cover dental for cats?",
        "none",
    ),
    (
        "Hello, I want change my flight date from 12 May to 15 May, booking is "
        "NH4K2Z. How much cost the change please?",
        "none",
    ),
    (
        "Just wanted to say a big thank you to Aisha who runs the Python for "
        "Beginners course on LearnLadder. Best online course I've done, and I've "
        "done a few!",
        "none",
    ),
    (
        "first time at Lumen Arena next month with 2 kids (7 and 10). which "
        "block has the best view without being too high up?",
        "none",
    ),
    (
        "Hi, is possible to pay my electricity in monthly instalments and not "
        "every 3 month? What I need to do for this?",
        "none",
    ),
    (
        "can I export my course notes as a PDF somewhere?",
        "none",
    ),
    (
        "Hi, my son is 19 and just passed his test. What's the cheapest Keystone "
        "cover you'd suggest for a small hatchback?",
        "none",
    ),
    # ------------------------------------------------------------------
    # German - high risk (7)
    # ------------------------------------------------------------------
    (
        "Guten Tag, auf meinem Kontoauszug für Februar steht der Monatsbeitrag "
        "zweimal, jeweils 39,90 EUR, beide am 01.02. abgebucht. Ich habe aber nur "
        "eine Mitgliedschaft im Studio KraftWerk Ost (Mitgliedsnr. 20-5581). "
        "Bitte prüfen Sie das. Viele Grüße, J. Albers",
        "billing_dispute",
    ),
    (
        "Hallo, ich habe Ticket gekauft für Konzert am 8. März, aber ich war "
        "krank mit Fieber und konnte nicht gehen. Ich weiß, die Tickets sind nicht "
        "erstattbar, aber ich habe Attest von Arzt. Kann ich bitte Geld zurück "
        "bekommen? Bestellung TK-77120",
        "refund_exception",
    ),
    (
        "Bitte Handyvertrag zum nächstmöglichen Termin kündigen. Kd-Nr. 448-2201-7",
        "account_closure",
    ),
    (
        "Sehr geehrte Damen und Herren, da Sie auf meine beiden Schreiben zur "
        "Regulierung des Schadens Nr. KV-2024-0193 nicht reagiert haben, habe ich "
        "den Vorgang der Verbraucherzentrale übergeben. Eine Beschwerde bei der "
        "BaFin behalte ich mir ausdrücklich vor. Mit freundlichen Grüßen, "
        "H. Vogt",
        "legal",
    ),
    (
        "jemand hat sich gestern nacht aus Rumänien in mein CloudCrate Konto "
        "eingeloggt, hab ne Mail dazu bekommen. war nicht ich!!",
        "security",
    ),
    (
        "Handy in der U-Bahn geklaut. Da ist die Park-App mit meiner Kreditkarte "
        "drauf. Was muss ich jetzt machen?",
        "lost_stolen",
    ),
    (
        "Hallo, auf meiner Kreditkartenabrechnung taucht eine Zahlung über "
        "112,40 € an 'SNACKDASH*BERLIN' vom 17.04. auf. An dem Tag war ich mit "
        "der Familie in Portugal und habe bei Ihnen nichts bestellt. Können Sie "
        "mir sagen, was das sein soll? Gruß, Petra Lindner",
        "unrecognised_payment",
    ),
    # ------------------------------------------------------------------
    # German - low risk (7)
    # ------------------------------------------------------------------
    (
        "Ich muss meinen Termin zur Zahnreinigung am Mittwoch leider absagen. "
        "Geht stattdessen Freitagnachmittag?",
        "none",
    ),
    (
        "Hallo, wie kann ich eine alte Lieferadresse von mein Profil löschen? Ich "
        "wohne nicht mehr dort und die App nimmt immer die alte.",
        "none",
    ),
    (
        "Meine Kreditkarte läuft im Juni ab, wo kann ich im Account die neue hinterlegen? Danke",
        "none",
    ),
    (
        "Die Seite war heute früh kurz nicht erreichbar, jetzt geht's wieder. Nur zur Info.",
        "none",
    ),
    (
        "Wann hat die Praxis über Ostern offen?",
        "none",
    ),
    (
        "Gibt es Studentenrabatt für die Online-Kurse bei LearnLadder?",
        "none",
    ),
    (
        "Hallo, ich brauche bitte die Bestätigung über die Erstattung von "
        "Tierarztkosten von März als PDF, für meine Steuererklärung. "
        "Vertragsnummer PP-30881. Danke schön",
        "none",
    ),
    # ------------------------------------------------------------------
    # French - high risk (6)
    # ------------------------------------------------------------------
    (
        "Bonjour, sur ma facture de mai je vois trois fois l'option "
        "« International » à 5 € alors que je n'ai qu'une seule ligne. Le total "
        "fait 47,80 € au lieu des 32,80 € habituels. Pouvez-vous corriger "
        "cela ? Client n° 0612-88-430. Cordialement, Sophie Marchal",
        "billing_dispute",
    ),
    (
        "Bonjour, je veux fermer mon compte et que vous effacez toutes mes "
        "données personnels, je n'utilise plus l'application des cours. Merci de "
        "me confirmer quand c'est fait.",
        "account_closure",
    ),
    (
        "plus rien ne marche depuis ce matin, ni l'appli ni le site. impossible "
        "de payer le stationnement. c'est général ?",
        "outage",
    ),
    (
        "Madame, Monsieur, Cela fait maintenant six semaines que j'attends le "
        "remboursement de la consultation vétérinaire de mon chat (dossier "
        "PT-55410). On m'a réclamé trois fois les mêmes justificatifs. Je "
        "souhaite parler à un responsable, et sans réponse d'ici vendredi je "
        "résilierai mes deux contrats chez vous. Bruno Lefort",
        "complaint",
    ),
    (
        "prélèvement de 59 € « CLDCRT » sur mon compte le 3/06, je connais pas. c'est quoi ?",
        "unrecognised_payment",
    ),
    (
        "Bonjour, votre compagnie refuse toujours de m'indemniser pour le vol "
        "NH 512 annulé du 14/07. J'ai saisi la Médiation Tourisme et Voyage et "
        "mon avocate vous adresse une mise en demeure cette semaine.",
        "legal",
    ),
    # ------------------------------------------------------------------
    # French - low risk (7)
    # ------------------------------------------------------------------
    (
        "Je voudrais annuler mon cours de yoga de jeudi et le décaler à samedi, c'est possible ?",
        "none",
    ),
    (
        "si je perds mon badge de la salle, le remplacement coûte combien ?",
        "none",
    ),
    (
        "Bonjour, comment je peux supprimer un appareil de la liste des appareils "
        "synchronisés ? J'ai vendu mon vieux ordinateur à mon frère la semaine passée.",
        "none",
    ),
    (
        "C'est bon, j'ai retrouvé le paiement dans mon historique, c'était bien "
        "moi. Vous pouvez fermer la demande, merci !",
        "none",
    ),
    (
        "Vous êtes ouverts le samedi ?",
        "none",
    ),
    (
        "Bonjour, est-ce que c'est possible ajouter un bagage en soute après le "
        "booking ? Réservation K8LMQ2, vol du 2 septembre.",
        "none",
    ),
    (
        "Bonjour, je cherche une assurance pour mon chien, il a 8 ans, quel "
        "formule vous me conseillez ?",
        "none",
    ),
    # ------------------------------------------------------------------
    # Spanish - high risk (7)
    # ------------------------------------------------------------------
    (
        "Hola, en el extracto de abril me aparecen dos cargos iguales de 62,15 € "
        "de BrightWatt, el mismo día. Solo tengo un contrato de luz (nº "
        "3300-1287). ¿Me lo podéis revisar? Gracias, Lucía",
        "billing_dispute",
    ),
    (
        "Buenas tardes, compré dos entradas para el festival del 22 de junio "
        "(pedido #ES-90412). Sé que no son reembolsables, pero me operaron de "
        "urgencia la semana pasada y no voy a poder ir. ¿Hay alguna posibilidad "
        "de devolución, o al menos de un bono? Un saludo, Andrés",
        "refund_exception",
    ),
    (
        "quiero darme de baja del gimnasio a partir de julio. socio 7731",
        "account_closure",
    ),
    (
        "Hola, hoy me llegó un correo con vuestro logo diciendo que mi póliza "
        "caduca mañana y que pague en un enlace. El remitente era raro "
        "(keystone-pagos-seguro.xyz). Yo no he pagado nada, pero un compañero de "
        "trabajo sí. Os aviso por si están usando vuestro nombre.",
        "security",
    ),
    (
        "perdí mi móvil ayer en el bus, tiene la app de PayNest con la tarjeta. bloquear please",
        "lost_stolen",
    ),
    (
        "Hola, desde el martes no podemos abrir ningún archivo de la carpeta "
        "compartida, ni yo ni mis seis compañeros. Sale 'Error 503' en todos los "
        "equipos. Tenemos el plan Empresa de CloudCrate y lo necesitamos para "
        "trabajar.",
        "outage",
    ),
    (
        "Tercera vez que la clínica me cancela la cita el mismo día sin avisar. "
        "Las tres veces pedí permiso en el trabajo. Quiero hablar con el "
        "responsable, esto es una vergüenza.",
        "complaint",
    ),
    # ------------------------------------------------------------------
    # Spanish - low risk (6)
    # ------------------------------------------------------------------
    (
        "¿Cómo cambio la contraseña? Solo quiero poner una más segura, no pasa nada raro.",
        "none",
    ),
    (
        "Hola, las gift cards tienen política de devolución? Es para regalar y "
        "no sé si le va a gustar.",
        "none",
    ),
    (
        "¿Cómo me doy de baja solo de las notificaciones por SMS? Quiero seguir "
        "con todo lo demás igual.",
        "none",
    ),
    (
        "¿A qué hora abre la clínica los sábados?",
        "none",
    ),
    (
        "¿Cuánto cuesta aparcar un mes entero en zona centro con la app?",
        "none",
    ),
    (
        "Hola, quiero cambiar mi vuelo del 3 al 5 de agosto, localizador PQ7R2M. "
        "Cuánto es la diferencia de precio?",
        "none",
    ),
)


# Set Q: written blind on 2026-12-07 (eighth session) by a writer who read no code of the project:
# long, rambling, emotional messages with the point late; formal letters in regulated industries
# (healthcare billing, insurance, banking, utilities, rental); messages forwarded by a relative or
# a colleague with a note on top; several topics with one risky; understated and overstated risks;
# over twenty industries. Kept unread: only its figures are read.
SPOKEN_CHECKS_Q: tuple[tuple[str, str], ...] = (
    # ------------------------------------------------------------------
    # English
    # ------------------------------------------------------------------
    (
        "Hi, forwarding this on behalf of my father (account holder Mr R. Okafor) "
        "because he asked me to sort it out.\n"
        "---- Dad wrote: 'Can you look at this, the electric people took the money "
        "twice again I think. I only have the one meter.' ----\n"
        "I've checked his bank statement and Lumenvale Energy took the monthly direct "
        "debit of £148.20 on 2 April AND again on 4 April, both with reference "
        "ELX-004417-B. He's a pensioner and the second payment pushed him into his "
        "overdraft. Please refund the duplicate and confirm it won't happen again in May. "
        "Thanks, Grace (his daughter)",
        "billing_dispute",
    ),
    (
        "Hi there, the returns team confirmed by email yesterday that my refund of £56.00 "
        "for the boots I sent back has been processed (return ref RTN-40922). Roughly how "
        "long does it usually take to show up on a Visa debit card? Not chasing, I just "
        "want to know when to start looking.",
        "none",
    ),
    (
        "Dear Patient Accounts Team,\n"
        "Re: Statement No. HB-2024-118372 / Guarantor account 0055019 / Date of service "
        "14 February 2024\n"
        "I am writing about the statement dated 3 April 2024 from Brightwater Regional "
        "Imaging, which shows a patient balance of $1,240.00 for an MRI of the lumbar "
        "spine. This procedure was pre-authorised by my insurer (authorisation no. "
        "PA-88213), and the Explanation of Benefits I received on 28 March lists my "
        "responsibility as $85.00, the co-pay only. I therefore dispute the remaining "
        "$1,155.00 and ask that you correct the statement and place the account on hold "
        "so that it is not referred to collections while this is reviewed. Copies of the "
        "EOB and the authorisation letter are attached.\n"
        "Yours faithfully,\nMartina Ellsworth",
        "billing_dispute",
    ),
    (
        "Going travelling around Vietnam and Thailand for three months this autumn. "
        "Hypothetically, if my Northbank debit card got stolen while I'm away, what's the "
        "process? Can you post a replacement abroad, and would I be liable for anything "
        "spent before I reported it? Just planning ahead, nothing has happened.",
        "none",
    ),
    (
        "Hello, so a bit of background first, sorry this is long. I moved to Lisbon for a "
        "six-month work placement in January, and before leaving I rang you and the lovely "
        "agent (Priya, I think?) put me on the Traveller 25 plan, €25 a month with EU "
        "roaming included, and she said I'd never need to buy a roaming pass. Everything "
        "has worked fine since, signal is good, the eSIM transfer was painless, no "
        "complaints there at all. I also wanted to ask whether I can keep my number if I "
        "move back to the UK later in the year, but that can wait. Anyway, probably "
        "nothing, but the March bill from Orbitel came to €63.40 rather than €25, and "
        "there's a line for a 'Roam Extra pass' at €38.40 that I never asked for. Could "
        "someone take that off and refund the difference? Account 7730-1182-04.",
        "billing_dispute",
    ),
    (
        "Hi, I placed order #WB-118204 this morning with three items in it. Can I cancel "
        "just the blue lampshade? The other two are fine, please still send those.",
        "none",
    ),
    (
        "To whom it may concern,\n"
        "My mother passed away on 9 May, and I will not be able to take the trip we booked "
        "together to Crete on 2 June (Bluewren Airways booking ref QX7P2M, two passengers, "
        "£612.80 in total). I understand from the confirmation that these were Saver fares "
        "and non-refundable, and that the 24-hour free cancellation window passed long ago. "
        "I am asking whether, given the circumstances, you would consider refunding her "
        "ticket at least, or both. I can provide a copy of the death certificate.\n"
        "Thank you,\nDaniel Hurst",
        "refund_exception",
    ),
    (
        "One of our designers, Hannah, left the company last Friday. How do I remove her "
        "user seat from our Canvasly team plan so we're not paying for an empty seat, and "
        "can I move her files into my folder first?",
        "none",
    ),
    (
        "Dear Student Finance Office,\n"
        "I enrolled on the Summer Intensive in Applied Statistics (module STA-S214) at "
        "Kestrel Hill University and paid the fee of £1,950 on 12 June. On 3 July, nine "
        "days into the course, I was admitted to hospital with a burst appendix and "
        "complications, and I have been advised not to return this term. I know the "
        "policy only gives a full refund within the first 7 days and nothing afterwards, "
        "but I am asking for an exception on medical grounds, or at the very least a "
        "partial refund or a credit towards next summer. I can send my discharge summary.\n"
        "Student ID 2207734",
        "refund_exception",
    ),
    (
        "Hello Fernleigh Homes, our solicitor is going through our paperwork because we're "
        "buying a house, and she's asked for a copy of the tenancy agreement we signed in "
        "2022 for 14 Linden Road. Could you email us a PDF? Nothing's wrong, she just needs "
        "it for her file.",
        "none",
    ),
    (
        "Hi team, three things:\n"
        "1) Can you add our new VAT number (GB 402 7719 33) to future invoices?\n"
        "2) Is there a way to export all invoices as one PDF instead of one at a time?\n"
        "3) We've decided not to continue with Tallyform after this billing period. Please "
        "close our workspace (harbourline-ops) at the end of the month and delete all our "
        "form responses and account data once that's done.\n"
        "Thanks, Jo",
        "account_closure",
    ),
    (
        "I've lost my password for the student portal again (sorry!). Where's the reset "
        "link? The login page only says 'contact IT'. Student number 2311890.",
        "none",
    ),
    (
        "I've been a member at FlexForge Fitness on Carver Street for almost four years and "
        "honestly it's been a big part of my life. The 6am spin crowd are basically my "
        "friends now, and Coach Mel got me through a really rough patch after my divorce, "
        "so this is harder to write than it should be. My company is relocating me to "
        "Aberdeen from next month and there's no FlexForge anywhere near there, I checked. "
        "I've been putting this off for weeks. I'd like to cancel my membership "
        "(no. FF-20931) from 30 September and stop the £42 monthly payments after that. "
        "Please tell Mel I said thank you.",
        "account_closure",
    ),
    (
        "Slightly odd: last night the Orbitel app showed a red 'something went wrong' "
        "message when I opened my usage page. I closed it, opened it again and everything "
        "loaded normally. Not really reporting a problem, just wondering whether I should "
        "update the app?",
        "none",
    ),
    (
        "Dear Sirs,\n"
        "Re: Tenancy of Flat 3, 27 Moorgate Terrace - deposit of £1,400\n"
        "My tenancy with Ashgrove Lettings ended on 31 January 2024 and I returned the keys "
        "the same day. Despite my emails of 12 February and 1 March, the deposit has not "
        "been returned and I have received no itemised list of deductions. Please treat "
        "this as a formal letter before action: unless the full deposit is returned, or a "
        "detailed schedule of deductions with evidence is provided, within 14 days of the "
        "date of this letter, I will issue a claim in the small claims court and notify the "
        "deposit protection scheme.\n"
        "Yours faithfully,\nSamuel Adeyemi",
        "legal",
    ),
    (
        "No dispute or anything! I just need an itemised invoice for my March membership at "
        "Hive & Desk, with the desk fee, meeting-room hours and printing shown separately, "
        "for my expenses claim. Is there a charge for that, or can I download it myself?",
        "none",
    ),
    (
        "Subject: Subject Access Request - policy HMX-55-20931\n"
        "Dear Data Protection Officer,\n"
        "Under Article 15 of the UK GDPR I request a copy of all personal data Harrowmere "
        "Insurance holds about me, including call recordings, handler notes relating to my "
        "claim CL-2023-0471, and any data or scoring used in the decision to decline it. "
        "Please acknowledge receipt and respond within one calendar month.\n"
        "Name: Priyanka Shah. Date of birth: 04/11/1986. Address as held on file.",
        "legal",
    ),
    (
        "Forwarding for my mum (account LV-220918): 'What is this standing charge thing on "
        "the bill? 53p a day? The man at the door said everyone has it.' She's not "
        "complaining, she just doesn't understand what it is. Could you explain in simple "
        "terms what the standing charge pays for? Thanks.",
        "none",
    ),
    (
        "Not a big deal, just curious: I got a text from Northbank this morning saying "
        "'Your registered mobile number has been updated'. I didn't update anything and I "
        "still have the same phone. Is that some automatic message that goes out to "
        "everyone? Also, separately, what's the contactless limit these days? Thanks.",
        "security",
    ),
    (
        "Quick question about my Harrowmere home contents policy (HC-7710-22): does it "
        "cover things stolen from my car, like a laptop, or is that only under car "
        "insurance? Nothing's been taken, I'm just deciding whether to add the personal "
        "possessions extension at renewal.",
        "none",
    ),
    (
        "Hi, forwarding this from a colleague in our finance team.\n"
        "--- 'Hey, got this SMS on my work phone: PARCELRY: your delivery is on hold, pay "
        "a £1.99 redelivery fee at parcelry-redeliver[.]info. Looks dodgy? We do use "
        "Parcelry for all our shipments.' ---\n"
        "Nobody clicked anything. What worries me is that it uses your logo and quotes one "
        "of our real tracking numbers (PR88-3320-UK). How would they have that? Please can "
        "someone on your security side look into it.",
        "security",
    ),
    (
        "I was going to ask you to close my second savings pot ('Pot 2') because I never "
        "use it, but actually I'd rather keep it for holiday money. Can I just rename it "
        "to 'Holiday' in the app, and if so how?",
        "none",
    ),
    (
        "Hello, I'm an independent security researcher and also a Ledgerly customer. While "
        "using the client portal I noticed that invoice PDFs are served at "
        "/invoices/download?id=NNNNNN with sequential IDs, and changing the number while "
        "logged in returns other customers' invoices, including names, postal addresses "
        "and bank details. I stopped after confirming it with two IDs and have not kept "
        "any of the data. Could you point me to the right contact for responsible "
        "disclosure? I'm happy to share the details privately and hold off publishing for "
        "90 days.",
        "security",
    ),
    (
        "How do I turn on two-step verification for my Ledgerly login? Nothing is wrong "
        "with my account, a friend had her email hacked last week and it's made me want to "
        "tighten things up.",
        "none",
    ),
    (
        "My bag was snatched on the number 14 tram last night (Tuesday 11 June, around "
        "11pm) and my TransCity Plus card was in it. It's registered to my account with "
        "auto top-up from my credit card, £30 every time it drops below £5. Please block "
        "it straight away so nobody can use it and the top-ups stop. Card number ends "
        "6612. What do I need to do to get a replacement?",
        "lost_stolen",
    ),
    (
        "Your email says there's planned maintenance on Sunday between 01:00 and 04:00. "
        "Will my card still work at cash machines during that window, or is it just the "
        "app that's affected? I've got an early taxi to the airport.",
        "none",
    ),
    (
        "Hi Hive & Desk, a couple of quick things. Could you book the small meeting room "
        "for Thursday 10-12? And is my parking permit renewal due this month or next? "
        "Also, and I should have mentioned this sooner, I lost my access badge (#HD-0419) "
        "somewhere on Friday. It's the one that opens the main door and the 24h entrance, "
        "and my print credit is on it too. Can you deactivate it and issue a new one?",
        "lost_stolen",
    ),
    (
        "I found someone's TransCity card on a seat on the 22 bus this afternoon. The name "
        "on it is half rubbed off. Where should I hand it in so the owner can get it back?",
        "none",
    ),
    (
        "Probably nothing, but there's a charge of 12.99 labelled 'VELLTA*STREAM' on my "
        "card on the 3rd of this month and again on the 3rd of last month. I don't "
        "remember ever signing up to Vellta; I'm not sure I'd even heard of you before. "
        "Could someone have started a trial with my card? I haven't authorised any "
        "subscription.",
        "unrecognised_payment",
    ),
    (
        "Right, long story. I tore a ligament playing five-a-side in March, had the "
        "operation last week, and the physio says no gym for at least eight weeks, which "
        "is driving me up the wall because I'd finally got into a routine. I love "
        "FlexForge, the Carver Street branch especially, and I definitely don't want to "
        "cancel and then pay the joining fee again when I come back. So: can I freeze my "
        "membership for two months instead, and how much does a freeze cost per month? "
        "Membership FF-31187.",
        "none",
    ),
    (
        "Forwarding from my husband, who doesn't use the app: 'Sal, can you ask Snacko "
        "about these?'\n"
        "Our joint card shows three Snacko orders on 18, 19 and 21 May (£24.60, £31.15 "
        "and £19.80), all late at night, and neither of us placed any of them. There isn't "
        "even an account under his email. Please tell us which account these were charged "
        "to and stop any further charges.",
        "unrecognised_payment",
    ),
    (
        "Not a complaint for once! The driver of the 07:40 Route 5 coach from Bristol last "
        "Wednesday waited for my elderly mum to find her seat and lifted her case into the "
        "rack. Where can I send a compliment so it actually reaches his manager?",
        "none",
    ),
    (
        "URGENT - PayNest portal down. Since about 08:15 GMT today none of our staff "
        "(42 users, company ID PN-0338) can log in; we get 'Service unavailable 503' on "
        "both web and mobile. Two other firms in our building who also use PayNest are "
        "seeing the same thing. Your status page still says all systems operational. "
        "Payroll has to be submitted by 14:00 today. Please advise.",
        "outage",
    ),
    (
        "I got your email in January about Vellta Premium going from £9.99 to £11.99 a "
        "month. Totally fine with that, I just want to check the new price starts from my "
        "next renewal on 14 March and not the month I've already paid for?",
        "none",
    ),
    (
        "OK so I thought it was my phone at first. I restarted it, deleted and reinstalled "
        "the Crestline app, tried it on my partner's phone, nothing, it just sits on the "
        "loading screen. Then my card was declined at the supermarket and again at the "
        "petrol station. My sister banks with you too and hers is doing the same, and "
        "there are loads of posts online from people saying exactly this since about 7am. "
        "Is the whole thing down? When will it be back? I've got bills going out today.",
        "outage",
    ),
    (
        "Hello, I've received statement HB-2024-203311 from Brightwater Regional Imaging "
        "for $430. The amount is correct, but is it possible to pay it in three monthly "
        "instalments rather than all at once? Please let me know how to set that up.",
        "none",
    ),
    (
        "This is the THIRD time an engineer has not turned up. 4 March, 19 March and "
        "today, 2 April. Each time I've taken an unpaid day off work, and each time nobody "
        "comes and nobody calls. Order ref FB-227193. I've spent over two hours on hold in "
        "total, been promised callbacks that never came, and I'm still without broadband "
        "after five weeks. I want this escalated to a manager today, not another 'ticket'. "
        "If I haven't heard back by Friday I'm moving to another provider and I'll be "
        "telling everyone I know exactly why.",
        "complaint",
    ),
    (
        "I'm in add/drop week. I want to withdraw from ECON-203 and enrol on ECON-210 "
        "instead, same number of credits. Can I do that online or do I need my personal "
        "tutor's signature? And does swapping change my fees at all?",
        "none",
    ),
    (
        "I've rented from Roadspring for years and I'm done. I booked a mid-size car at the "
        "Glasgow Airport desk for 10am (reservation RS-55-81902), arrived on time, and was "
        "told there were no cars. We waited two and a half hours with two exhausted kids. "
        "This is the second time this year; exactly the same happened in February and I "
        "was promised it would 'never happen again'. The staff at the desk just shrugged. "
        "I want a senior manager to call me and tell me what you are actually going to do "
        "about it, because right now I'm about to move my business, and my company's "
        "corporate account, elsewhere.",
        "complaint",
    ),
    (
        "Honestly, your website is a MAZE. I have spent twenty minutes, TWENTY, trying to "
        "find where to cancel the seat I picked (not the flight!! just the seat, 14C, I "
        "want a window instead). Booking ref LP4K9T. Where is it?? Rant over, thank you.",
        "none",
    ),
    # ------------------------------------------------------------------
    # German
    # ------------------------------------------------------------------
    (
        "Sehr geehrte Damen und Herren,\n"
        "betreff: Kundennummer 4471-0923-18, Jahresabrechnung 2023 vom 15.02.2024\n"
        "in Ihrer Jahresabrechnung werden mir 4.812 kWh berechnet. Laut meinem selbst "
        "abgelesenen Zählerstand (Foto anbei, Zähler-Nr. 1ESY 8830217) habe ich jedoch nur "
        "2.812 kWh verbraucht, offenbar ein Ablesefehler. Die Nachforderung über 689,40 € "
        "ist daher falsch. Ich widerspreche dieser Abrechnung und habe meine Bank "
        "angewiesen, die Lastschrift zurückgehen zu lassen, falls sie vor einer Korrektur "
        "eingezogen wird. Bitte senden Sie mir eine berichtigte Rechnung.\n"
        "Mit freundlichen Grüßen\nHeike Brandner\nStadtwerke Emmerfeld, Tarif Grundversorgung",
        "billing_dispute",
    ),
    (
        "Kurze Frage vorab, weil ich nächste Woche zu einer Messe nach Mailand fahre: Was "
        "muss ich tun, falls mir dort die Kreditkarte gestohlen wird? Gibt es eine "
        "Sperrnummer, die ich mir notieren sollte? Es ist nichts passiert, ich will nur "
        "vorbereitet sein.",
        "none",
    ),
    (
        "Hallo, ich habe im März den Intensivkurs Spanisch B1 bei der Sprachschule "
        "Lingoria gebucht und 780 € bezahlt (Buchungsnr. LG-24-3317). Leider bin ich nach "
        "der zweiten Kurswoche an einer Lungenentzündung erkrankt und war drei Wochen "
        "krankgeschrieben. Ich weiß, dass laut Ihren AGB nach Kursbeginn keine Erstattung "
        "mehr möglich ist, möchte aber fragen, ob Sie in meinem Fall eine Ausnahme machen "
        "und mir zumindest die verpassten Wochen erstatten könnten. Ein ärztliches Attest "
        "schicke ich gern mit.\nViele Grüße, Jonas Weber",
        "refund_exception",
    ),
    (
        "Ich möchte meine Bestellung 302-90122 nicht stornieren, sondern nur die "
        "Lieferadresse ändern, weil ich ab Montag bei meinen Eltern bin. Geht das noch, "
        "obwohl der Status schon 'in Bearbeitung' ist?",
        "none",
    ),
    (
        "Hallo, ich schreibe im Auftrag meiner Mutter (Vertragsinhaberin Ursula Kämmerer, "
        "Kundennr. FW-6620183). Sie hat mich gebeten, Folgendes weiterzuleiten:\n"
        "'Lieber Thomas, kannst du denen bitte schreiben, dass ich den Handyvertrag nicht "
        "mehr brauche? Ich ziehe ja ins Seniorenheim und nehme dort das Festnetz.'\n"
        "Bitte kündigen Sie daher den Mobilfunkvertrag meiner Mutter bei Funkwelle zum "
        "nächstmöglichen Termin und löschen Sie anschließend ihre personenbezogenen Daten, "
        "soweit gesetzlich zulässig. Eine Vollmacht liegt bei. Bitte bestätigen Sie die "
        "Kündigung schriftlich.\nDanke, Thomas Kämmerer",
        "account_closure",
    ),
    (
        "Hallo, wie lang ist eigentlich die Kündigungsfrist bei meinem Tarif Funkwelle "
        "Smart 10? Ich habe nicht vor zu kündigen, ich bin zufrieden, ich lege mir nur "
        "eine Übersicht über alle meine Verträge an. Kundennr. FW-7719204.",
        "none",
    ),
    (
        "Wahrscheinlich nichts Schlimmes, aber mir ist aufgefallen, dass in meinem "
        "Online-Banking unter 'Letzte Anmeldungen' ein Login vom 08.05. um 03:12 Uhr aus "
        "Bukarest steht. Da lag ich in Köln im Bett. Außerdem ist bei meinen Kontaktdaten "
        "plötzlich eine E-Mail-Adresse hinterlegt, die ich nicht kenne. Kann das ein "
        "Anzeigefehler sein? Rheintal Direktbank, Kundennr. 55-208441.",
        "security",
    ),
    (
        "Die App hat gestern Abend beim Bezahlen kurz gehangen und 'Fehler' angezeigt. "
        "Nach einem Neustart ging aber alles, und laut Konto wurde auch nur einmal "
        "abgebucht. Muss ich da noch irgendwas tun? Wahrscheinlich nicht, oder?",
        "none",
    ),
    (
        "Sehr geehrte Damen und Herren,\n"
        "Sie haben meinen Leitungswasserschaden vom 12.01.2024 (Schadennr. HV-2024-00871) "
        "unter Berufung auf § 7 Abs. 3 Ihrer Allgemeinen Versicherungsbedingungen "
        "abgelehnt. Diese Klausel ist meines Erachtens unwirksam, da mir die Bedingungen "
        "bei Vertragsschluss nie ausgehändigt wurden. Sollten Sie Ihre Entscheidung nicht "
        "innerhalb von drei Wochen überprüfen, werde ich den Versicherungsombudsmann "
        "anrufen und meinen Rechtsanwalt mit der Angelegenheit beauftragen.\n"
        "Mit freundlichen Grüßen\nDr. Karin Loos, Alpenlinde Versicherung, Vertragsnr. "
        "WG-448120",
        "legal",
    ),
    (
        "Weitergeleitet von meiner Kollegin aus der Buchhaltung: 'Kannst du mal fragen, "
        "wie wir den neuen Azubi als Nutzer hinzufügen? Und ob er nur Leserechte bekommen "
        "kann?' Wir nutzen Ledgerly Business, Firmen-ID LB-30021. Danke!",
        "none",
    ),
    (
        "Seit heute Morgen um 6 Uhr funktioniert die MoviTakt-App überhaupt nicht mehr, "
        "weder der Ticketkauf noch das Anzeigen meines Abo-Tickets. Am Bahnsteig standen "
        "mindestens zehn Leute mit genau demselben Problem, und in der S3 hat der "
        "Kontrolleur trotzdem alle aufgeschrieben. Ist Ihr System ausgefallen? Wann geht "
        "es wieder, und was sollen wir bis dahin machen?",
        "outage",
    ),
    (
        "Mein Arbeitgeber hat mit uns eine Datenschutzschulung gemacht, und seitdem gehe "
        "ich alle meine Apps durch. Wo finde ich bei Ihnen die Einstellung, um "
        "personalisierte Werbung abzuschalten? Mehr möchte ich gar nicht.",
        "none",
    ),
    (
        "Jetzt reicht es mir wirklich. Das ist meine VIERTE Nachricht wegen Bestellung "
        "302-88417. Das Paket ist laut Sendungsverfolgung seit drei Wochen 'in Zustellung', "
        "Ihr Chat schließt meine Anfragen einfach ohne Antwort, und am Telefon fliege ich "
        "nach 40 Minuten Warteschleife raus. So einen Kundenservice habe ich noch nie "
        "erlebt. Ich verlange, dass sich heute noch ein Vorgesetzter bei mir meldet. "
        "Andernfalls war das meine letzte Bestellung bei Kaufhain, und ich werde das "
        "überall bewerten.",
        "complaint",
    ),
    (
        "Guten Tag, bis wann muss der Semesterbeitrag für das Wintersemester überwiesen "
        "werden, und an welche IBAN? Ich finde die Rückmeldefrist im Portal nicht. "
        "Matrikelnummer 7712093, Universität Hohenried.",
        "none",
    ),
    # ------------------------------------------------------------------
    # French
    # ------------------------------------------------------------------
    (
        "Bonjour,\n"
        "Je viens de recevoir ma facture Ondeline Mobile de mai (facture n° FAC-2405-118820) "
        ": 74,90 € au lieu des 19,99 € prévus par mon forfait. On me facture 54,91 € de "
        "« hors forfait international » alors que je n'ai pas quitté Lyon de tout le mois. "
        "Je conteste ce montant. Si ce n'est pas corrigé avant le prélèvement du 10 juin, "
        "je demanderai à ma banque de rejeter le prélèvement. Merci de me répondre "
        "rapidement.\nClaire Moreau, ligne se terminant par 41 27",
        "billing_dispute",
    ),
    (
        "Bonjour, où puis-je télécharger mon attestation d'assurance habitation ? Mon "
        "nouveau propriétaire me la demande. Contrat Sérénis Habitat n° SH-40021. Merci !",
        "none",
    ),
    (
        "Madame, Monsieur,\n"
        "J'avais réservé trois nuits à l'Hôtel des Tilleuls à Annecy du 14 au 17 août "
        "(réservation n° HT-77219, tarif non remboursable, 486 € réglés). Le 11 août, mon "
        "mari a été hospitalisé en urgence pour un infarctus et nous n'avons évidemment pas "
        "pu venir. Je sais que ce tarif n'est pas remboursable, mais je vous demande, à "
        "titre exceptionnel, un remboursement ou au moins un avoir. Je peux vous transmettre "
        "le bulletin d'hospitalisation.\nCordialement,\nMme Josiane Ferrand",
        "refund_exception",
    ),
    (
        "Petite question pratique : si jamais je perds mon badge d'accès au parking de la "
        "résidence, combien coûte le remplacement et en combien de temps on l'obtient ? Je "
        "ne l'ai pas perdu, c'est juste que mon fils me l'emprunte tout le temps…",
        "none",
    ),
    (
        "Bonjour, alors je vous explique, ça fait bientôt six ans que je suis chez vous, "
        "j'ai eu la box Vivanet dans trois appartements différents, et franchement à part "
        "la panne de 2021 je n'ai jamais eu de souci, le technicien de l'époque était "
        "adorable d'ailleurs. Là je pars m'installer chez ma compagne à Rennes, elle a "
        "déjà la fibre chez un autre opérateur et garder deux abonnements n'aurait aucun "
        "sens. Bref, après avoir tourné autour du pot : je souhaite résilier mon abonnement "
        "(client n° VN-3318205) à compter du 30 septembre. Pouvez-vous m'indiquer comment "
        "renvoyer la box ? Merci, Hugo",
        "account_closure",
    ),
    (
        "Bonjour, je voulais résilier mon forfait Ondeline parce que je le trouvais trop "
        "cher, mais j'ai vu votre offre à 9,99 €. Finalement je préfère simplement changer "
        "d'offre et garder mon numéro. Comment je fais ?",
        "none",
    ),
    (
        "Bonjour, ce n'est sûrement rien, mais hier j'ai reçu un mail qui ressemblait "
        "exactement aux vôtres (logo Banque Alizé et tout) me demandant de « confirmer mon "
        "identité ». J'ai cliqué et j'ai saisi mon identifiant et le code reçu par SMS "
        "avant de remarquer que l'adresse était bizarre (alize-securite-client.com). Depuis, "
        "je ne vois rien d'anormal sur mon compte. Est-ce que je dois faire quelque chose ? "
        "Compte n° 30041-882190.",
        "security",
    ),
    (
        "Bonjour, j'ai renvoyé un pull la semaine dernière et j'ai reçu l'email « retour "
        "accepté, remboursement en cours » (commande n° 558-2201). Combien de jours faut-il "
        "compter en général avant de voir le remboursement sur ma carte ?",
        "none",
    ),
    (
        "Bonjour, je vous transfère le message de mon père, qui n'arrive pas à joindre "
        "votre service par téléphone :\n"
        "« Ma chérie, on m'a volé mon portefeuille au marché ce matin, avec la carte bleue "
        "de la Banque Alizé. Tu peux les prévenir ? »\n"
        "Pouvez-vous bloquer sa carte en urgence (titulaire : Bernard Lucas, compte se "
        "terminant par 4471) ? Son chéquier était aussi dans le portefeuille. Merci de me "
        "dire la marche à suivre pour obtenir une nouvelle carte.\nÉlodie Lucas",
        "lost_stolen",
    ),
    (
        "J'ai perdu mon mot de passe pour l'espace client et le lien de réinitialisation "
        "n'arrive pas… Ah si, il était dans les spams, désolée ! Par contre, est-ce que je "
        "peux changer l'adresse email qui me sert d'identifiant ?",
        "none",
    ),
    (
        "Bonjour, en regardant mon relevé, je vois un prélèvement de 29,90 € intitulé "
        "« KLARIO SAAS PRO » le 5 de chaque mois depuis février. Je n'ai jamais souscrit à "
        "ce service, je ne sais même pas ce que c'est, et je n'ai rien autorisé. Pouvez-vous "
        "me dire à quel compte c'est rattaché et arrêter ces prélèvements ?",
        "unrecognised_payment",
    ),
    (
        "Bonjour, mon notaire me demande une copie du bail signé en 2021 pour l'appartement "
        "du 12 rue des Acacias, pour un dossier de prêt. Pourriez-vous me la renvoyer par "
        "email ? Aucun litige, c'est purement administratif.\nMerci, Sophie Garnier",
        "none",
    ),
    (
        "Trois mois. Cela fait TROIS MOIS que j'attends le remboursement de mes lunettes "
        "par la Mutuelle Sérénis (dossier n° MS-2024-05512). J'ai envoyé la facture trois "
        "fois, j'ai appelé cinq fois, et à chaque fois on me répond « c'est en cours ». "
        "C'est inadmissible. Je veux parler à un responsable, et si rien ne bouge cette "
        "semaine, je pars chez la concurrence.",
        "complaint",
    ),
    # ------------------------------------------------------------------
    # Spanish
    # ------------------------------------------------------------------
    (
        "Hola, mi padre falleció el jueves pasado y tengo que anular el viaje en tren "
        "Madrid-Sevilla que teníamos para el 22 de octubre con Ferrolínea (localizador "
        "FR7Q2K, dos billetes, 148,60 €). Son billetes de tarifa Básica, que según las "
        "condiciones no son reembolsables. Aun así, quería preguntar si, dadas las "
        "circunstancias, podrían hacer una excepción y devolverme el importe. Puedo enviar "
        "el certificado de defunción.\nGracias, Lucía Navarro",
        "refund_exception",
    ),
    (
        "Pregunta por curiosidad: si pierdo la tarjeta de transporte personalizada, ¿se "
        "recupera el saldo que tenía cargado o se pierde? Tengo la mía, pero mi hija "
        "adolescente pierde absolutamente todo…",
        "none",
    ),
    (
        "Estimados señores:\n"
        "Por medio de la presente les comunico mi voluntad de cancelar la cuenta corriente "
        "n.º 0471-2290-88-3011992234 que mantengo en Banco Almenara, así como la tarjeta de "
        "débito asociada, con efectos inmediatos. Les ruego que transfieran el saldo "
        "restante a la cuenta indicada en el documento adjunto y que, una vez cerrada, "
        "supriman mis datos personales conforme al RGPD, salvo los que deban conservar por "
        "obligación legal. Quedo a la espera de su confirmación por escrito.\n"
        "Atentamente,\nAndrés Molina Ruiz",
        "account_closure",
    ),
    (
        "Hola, un compañero, Raúl, ya no trabaja con nosotros desde el viernes. ¿Cómo lo "
        "doy de baja como usuario en la plataforma para que no ocupe una licencia? El resto "
        "del equipo sigue igual.",
        "none",
    ),
    (
        "Muy señores míos:\n"
        "Desde enero vengo reclamando a Eléctrica Solverde que apliquen el precio que "
        "firmé en mi contrato (0,13 €/kWh), ya que en todas las facturas me aplican "
        "0,19 €/kWh. He presentado dos reclamaciones (n.º RC-558120 y RC-561774) sin "
        "obtener respuesta. Les informo de que, si en un plazo de quince días no rectifican "
        "las facturas, presentaré una hoja de reclamaciones ante la Oficina Municipal de "
        "Información al Consumidor y acudiré a la vía judicial si fuera necesario.\n"
        "Atentamente,\nPilar Esteban (CUPS ES0031405599120041KH)",
        "legal",
    ),
    (
        "Al añadir mi tarjeta en la app de Pagalo me apareció un cargo de 1,00 €. Ya leí en "
        "su web que es una retención temporal de verificación; solo quería confirmar que "
        "desaparece sola en unos días y que no tengo que hacer nada.",
        "none",
    ),
    (
        "¡Me acaban de robar el móvil en el metro! Tengo la app de Pagalo con la tarjeta "
        "guardada y el pago con el móvil activado. Por favor, bloqueen la cuenta ya. "
        "Usuario: marta.gil.88. Desde el ordenador no puedo desactivar el dispositivo "
        "porque me pide un código que llega… al móvil robado.",
        "lost_stolen",
    ),
    (
        "Ayer, al pagar la matrícula del curso en el portal de la Universidad de Valdemora, "
        "la página dio un error una vez; lo intenté de nuevo y funcionó. Ya he comprobado "
        "en el banco que solo se cobró una vez. ¿Me pueden reenviar el justificante de "
        "pago? No me llegó el correo.",
        "none",
    ),
    (
        "Hola, seguramente no es nada, pero veo en mi extracto dos cargos de ComeYa "
        "(17,45 € y 22,90 €) del 3 de marzo, y ese día yo estuve todo el día en el hospital "
        "con mi madre, no pedí nada. Nadie más en casa usa mi tarjeta. ¿Me pueden decir de "
        "dónde salen? Yo no los he autorizado.",
        "unrecognised_payment",
    ),
    (
        "Buenas, necesito que las facturas de ComeYa salgan a nombre de mi empresa, con el "
        "NIF B-84420917, para poder deducirlas. ¿Dónde lo configuro?",
        "none",
    ),
    (
        "Buenos días, soy el encargado del Restaurante La Parra (comercio n.º TPV-208831). "
        "Desde las 13:00 ningún datáfono de Cobrafácil acepta tarjetas: sale 'error de "
        "comunicación con el servidor'. He hablado con otros dos restaurantes de la calle "
        "que usan su sistema y les pasa lo mismo. Estamos en plena hora de comidas y solo "
        "podemos cobrar en efectivo. ¿Qué está pasando y cuándo se soluciona?",
        "outage",
    ),
    (
        "Hola, tengo dos reservas en el apartamento de la calle Mayor para agosto, una del "
        "1 al 7 y otra del 8 al 14 (las hice por separado sin querer). ¿Puedo cancelar solo "
        "la segunda y ampliar la primera hasta el 14? Según veo, sigo dentro del plazo de "
        "cancelación gratuita.",
        "none",
    ),
    (
        "Antes de contratar el seguro de viaje con ustedes: ¿cubre el robo de equipaje o "
        "solo la pérdida por parte de la aerolínea? Y si me roban el móvil durante el "
        "viaje, ¿entra? Todavía no he contratado nada, estoy comparando.",
        "none",
    ),
)


# Set R: written blind on 2026-12-07 (eighth session) by a writer who read no code of the project:
# customers of small local businesses and apps: voice-dictated messages without punctuation and
# with numbers spelled out, short chat lines with typos, long polite letters of elderly customers,
# stories whose point is implied and never named, second-language writers with calques;
# seventeen industries. Kept unread: only its figures are read.
SPOKEN_CHECKS_R: tuple[tuple[str, str], ...] = (
    (
        "¿Dónde está la oficina de objetos perdidos? Me dejé el paraguas en el autobús de la línea 4 esta mañana.",
        "none",
    ),
    (
        "before i buy the 10 class pass, whats ur cancellation policy if i cant make a class? do i lose it",
        "none",
    ),
    (
        "Sat in the supermarket car park for forty minutes again this morning waiting for my instructor. That's the second time this month, no call, no text. My test is in ten days. I've already told my two friends who were going to book with you not to bother.",
        "complaint",
    ),
    (
        "hola en el banco me aparece un pago a la autoescuela de cuarenta y cinco euros y yo este mes no he dado ninguna clase ni he autorizado nada",
        "unrecognised_payment",
    ),
    (
        "Saw the notice about the planned maintenance on Sunday night. Will the member portal be down the whole night or just part of it? I usually submit my meter reading on Sundays.",
        "none",
    ),
    (
        "Hello, it's Jean from the Tuesday aqua aerobics. I'm terribly sorry to be a bother but I seem to have lost the little blue key fob that lets me in through the side door at the gym. I've turned the house upside down, checked the car and even the pockets of my husband's coat, and it's nowhere. I'm worried that whoever picks it up could get in on my membership, so could you switch it off and let me know how I get a new one? And while I have you, is the Thursday class still at ten or has it moved to half past? Many thanks, Jean",
        "lost_stolen",
    ),
    (
        "Hola, yo recibí un correo que dice es de ustedes, la frutería, y pide mi contraseña y mi tarjeta para 'actualizar la cuenta'. ¿Es verdad? Yo pienso es falso. Otras personas del pueblo lo recibieron también.",
        "security",
    ),
    (
        "me habeis cobrado dos veces la clase de yoga del martes, 15€ y otra vez 15€, solo fui una vez. devolvedme una porfa",
        "billing_dispute",
    ),
    (
        "Guten Tag, ich habe mit Ihre Fahrschule ein Vertrag gemacht für zwanzig Fahrstunden und alles vorher bezahlt. Sie haben nur zwölf Stunden gegeben und jetzt Sie sagen, der Vertrag ist fertig. Mein Anwalt sagt, das ist nicht korrekt. Wenn keine Lösung bis Freitag, ich gehe zu Verbraucherzentrale und dann zum Gericht.",
        "legal",
    ),
    (
        "Not a complaint at all, I'm happy to pay it, just curious why the veg box went up by 50p this month? Is it the weather?",
        "none",
    ),
    (
        "El mes pasado pedí por escrito a la peluquería canina una copia de todos los datos que guardan de mí y de mi perra, con fecha y firma. Han pasado cinco semanas sin respuesta. La reclamación para la Agencia de Protección de Datos ya está rellenada, solo me falta enviarla.",
        "legal",
    ),
    (
        "Hello, I would like to make a reservation of piano lessons for my son, he has eight years. Is possible on Saturday? And how much cost one hour?",
        "none",
    ),
    (
        "Gracias, ya funciona la reserva en la app de la peluquería, era mi móvil que no estaba actualizado.",
        "none",
    ),
    (
        "the salon booking app has been on a white screen since seven this morning I tried on my phone and my husband's phone and my daughter's and none of us can book anything or see our appointments",
        "outage",
    ),
    (
        "Bonjour, avant de réserver un toilettage pour mon chat, quelles sont vos conditions d'annulation si je dois déplacer le rendez-vous ?",
        "none",
    ),
    (
        "what time does the english tutor finish on thursdays my daughter has football until half five can she do a six o'clock session",
        "none",
    ),
    (
        "Good afternoon, I hope the new puppy in the shop is settling in. Our Daisy came home on Saturday looking like a film star and she has been strutting round the garden ever since, the neighbours have all commented. She'll need her next trim in about six weeks, so could you pencil us in for a morning towards the end of next month? Mornings suit her better, she gets grumpy after lunch. Best wishes, Brenda",
        "none",
    ),
    (
        "Hello dear, it's Mrs Patel. After forty one years in the same house we have finally moved into a bungalow closer to our son, which is a great relief for my knees, although I do miss the apple tree. Could you please send the fruit and veg box to the new address from next week: 14 Orchard Close, same village, just the other side of the church. Everything else can stay exactly as it is. Thank you so much, your driver has always been very kind.",
        "none",
    ),
    (
        "Gestern im Freibad wurde mir die ganze Tasche aus dem Spind geklaut, Handy war drin. Auf dem Handy ist Ihre Apotheken-App, eingeloggt, meine Kreditkarte hinterlegt, und die Bestätigung per Fingerabdruck hatte ich ausgeschaltet.",
        "lost_stolen",
    ),
    (
        "Bonjour, je veux terminer mon abonnement du pain et aussi effacer mon compte, parce que nous retournons en Angleterre. Est-ce que c'est possible de faire ça avant la fin du mois? Merci pour les bons croissants pendant deux ans.",
        "account_closure",
    ),
    (
        "how do I take my old card off the cinema app it expired last year and it keeps coming up first when I pay for tickets",
        "none",
    ),
    (
        "my phone got nicked on the number forty bus this morning it's got your bus app on it with my saved card and my monthly pass can you block the app and put the pass on my new phone",
        "lost_stolen",
    ),
    (
        "if i pause my gym membership over the summer do i keep my account and my rate or do i have to sign up again in sept",
        "none",
    ),
    (
        "My husband and I have used one joint card for thirty years. Our children are in their forties and neither of us has ever been on your tutoring website, I'd never heard of it until this morning. Yet the statement lists your company's name twice this month, forty pounds each time.",
        "unrecognised_payment",
    ),
    (
        "Sehr geehrter Herr Brandt, ich bin seit acht Jahren Kundin Ihres Fensterputzdienstes und war immer zufrieden. Seit dem Wechsel des Personals im Frühjahr sind die Fenster nach jedem Besuch voller Schlieren, die Fensterbänke sind nass, und letzte Woche wurde ein Blumentopf umgeworfen, ohne dass jemand etwas gesagt hat. Ich habe zweimal angerufen und niemand hat zurückgerufen. Ich erwarte jetzt, dass Sie sich persönlich bei mir melden, andernfalls suche ich mir einen anderen Betrieb. Hochachtungsvoll, Gisela Neumann",
        "complaint",
    ),
    (
        "Madame, Monsieur, je me permets de vous écrire au sujet de mon panier de légumes. Je suis abonnée depuis trois ans, et je dois dire que vos poireaux sont les meilleurs du canton, mon défunt mari en aurait raffolé. Cependant, ce mois-ci, on m'a prélevé trente-deux euros au lieu des vingt-quatre euros indiqués sur mon contrat, et je n'ai reçu aucun courrier annonçant une augmentation. Je vous serais reconnaissante de bien vouloir corriger ce montant et me rendre la différence. Veuillez agréer mes salutations distinguées, Mme Lefèvre",
        "billing_dispute",
    ),
    (
        "Pourriez-vous m'envoyer une copie de la facture de réparation de mon vélo du mois dernier ? Mon assurance la demande pour le litige avec l'automobiliste qui m'a renversé.",
        "none",
    ),
    (
        "hi, found a wallet under the corner table in your cafe yesterday afternoon, I've got it safe at home. how do I get it back to you or the owner?",
        "none",
    ),
    (
        "Good morning. I wonder if you could tell me whether the number nine bus will be running on Boxing Day. Last year I waited at the stop by the post office for nearly an hour before a kind gentleman told me there was only a Sunday service, and I had to telephone my daughter to fetch me. I should like to visit my sister in the next town this year and would prefer not to repeat the experience. Thank you very much for your help.",
        "none",
    ),
    (
        "Danke für die schnelle Korrektur der Werkstattrechnung, jetzt stimmt alles. Das Rad fährt super!",
        "none",
    ),
    (
        "wie kann ich meine alte kreditkarte aus der bus app löschen die ist abgelaufen und ich habe schon eine neue eingetragen",
        "none",
    ),
    (
        "theres 14.99 from FRESHFIELD FARM BOX on my card, never signed up to any veg box?? what is this",
        "unrecognised_payment",
    ),
    (
        "la app del bus no va a nadie?? no puedo sacar el billete y el conductor no acepta efectivo, estamos todos en la parada",
        "outage",
    ),
    (
        "jai perdu mon badge de la salle hier soir, vous pouvez le bloquer svp? qqn pourrait entrer avec mon abonnement",
        "lost_stolen",
    ),
    (
        "Weird things happening in my account. Yesterday there was a grooming booking for a poodle in Leeds, I've got a labrador and I live in Bristol. Today the profile says my phone number ends in 447 which isn't mine, and now my password doesn't work.",
        "security",
    ),
    (
        "Gibt es bei der angekündigten Wartung am Samstag einen Stromausfall bei uns im Haus oder ist nur das Mitgliederportal nicht erreichbar?",
        "none",
    ),
    (
        "Nos hemos mudado. ¿Cómo cambio la dirección de entrega de la cesta de fruta? La nueva es calle Olmo 12, bajo B.",
        "none",
    ),
    (
        "l'application de la coopérative d'énergie ne marche plus depuis trois jours impossible de se connecter ni de voir la consommation et chez mes voisins c'est pareil",
        "outage",
    ),
    (
        "Hallo, kann meine Tochter bei Ihnen Nachhilfe machen in Mathe? Sie ist in die siebte Klasse. Wie viel kostet eine Stunde und geht das auch online?",
        "none",
    ),
    (
        "Hallo, wir sind umgezogen. Bitte die Medikamente ab nächster Woche an die neue Adresse liefern: Lindenstraße 8, zweiter Stock. Telefonnummer bleibt gleich.",
        "none",
    ),
    (
        "Bonjour, je voudrais savoir si vous faites la livraison des médicaments aussi le dimanche, ou seulement de lundi à samedi? Ma mère a sorti de l'hôpital hier et je reste avec elle cette semaine.",
        "none",
    ),
    (
        "I ordered from you yesterday and the receipt email says MedDrop Ltd, not the shop name. Is that your company name? I need it right for my expenses form at work.",
        "none",
    ),
    (
        "please close my account on the pharmacy delivery app and delete everything you have about me including my prescription history and my address I don't want any of it kept thank you",
        "account_closure",
    ),
    (
        "bonjour j'ai acheté un forfait de vingt heures de conduite chez vous mais je dois déménager à Lyon pour le travail je sais que c'est marqué non remboursable mais est-ce que vous pouvez me rembourser les douze heures qui restent s'il vous plaît",
        "refund_exception",
    ),
    (
        "got an email 'new login from Lagos' on my bike shop acount?? wasnt me. changd pw but can u check whats been done",
        "security",
    ),
    (
        "est-ce que je peux changer le cours de soutien de ma fille de mercredi à jeudi même heure",
        "none",
    ),
    (
        "can I change my bread subscription from sourdough to the seeded rye starting next week and keep the same delivery day",
        "none",
    ),
    (
        "Buenos días, disculpen que les moleste. Mi nieta me ha dicho que para la declaración de la renta me conviene tener las facturas de la farmacia de todo el año, porque con tantas pastillas de la tensión y del azúcar se me va medio sueldo, y mi difunto marido siempre guardaba todos los papeles en una caja de zapatos pero yo no soy tan ordenada. ¿Me las podrían mandar por correo o tengo que pasar a recogerlas? Un saludo muy cordial, Pilar",
        "none",
    ),
    (
        "hallo ich hab gestern mein fahrrad aus der reparatur abgeholt und jetzt sehe ich es wurde zwei mal abgebucht einmal neunundachtzig euro und dann nochmal neunundachtzig euro ich war nur einmal da bitte das eine wieder zurück",
        "billing_dispute",
    ),
    (
        "brotabo bitte kündigen und mein konto komplet löschen inkl. aller daten. danke",
        "account_closure",
    ),
    (
        "quiero reservar una limpieza de ventanas para el martes que viene por la mañana en el piso de siempre",
        "none",
    ),
    (
        "Just wanted to say thank you, the app is working again and I managed to book Biscuit in for Friday. Whoever fixed it, cheers, and the girls did a lovely job on his ears last time.",
        "none",
    ),
    (
        "hi bought the 12 month pass in jan, broke my leg skiing in feb, cant train till sept. i know its non refundable but can u refund the months left? got a doctors letter",
        "refund_exception",
    ),
    (
        "I run a small florist and I'm thinking of switching to your card reader. If a customer ever raised a chargeback, what fee would I pay as the shop? Nothing has happened, just comparing providers.",
        "none",
    ),
    (
        "this is a subject access request under GDPR. pls send all personal data your driving school holds on me incl instructor notes, within the legal 1 month",
        "legal",
    ),
    (
        "Good afternoon, and I do hope you are keeping well in this cold weather. I am writing on behalf of my granddaughter Amelia, who is twelve and a lovely girl though not very keen on algebra, which is why I bought her the package of ten maths sessions on your tutoring website back in September. Unfortunately the family circumstances changed and she went to live with her mother in Aberdeen at half term, so she only had three of the sessions. I have read your page and I do understand that packages cannot be returned after thirty days, and I would not normally ask, but I wondered whether you might consider giving back the money for the seven sessions she never had. I am a pensioner and it was rather a lot for me. With kind regards, Margaret",
        "refund_exception",
    ),
    (
        "We went to my sister's in Cornwall for three weeks in August so I paused the Saturday bread box, I've still got the email saying pause confirmed. Got home, opened the statement, and there are three Saturday sourdoughs on it at six pound fifty each. Nobody was in, the neighbour was feeding the cat every day and says nothing was ever left on the step.",
        "billing_dispute",
    ),
    (
        "how do I turn on the two step login thing for my pharmacy account? my son says I should have it",
        "none",
    ),
    (
        "habt ihr am feiertag offen? kino, die 20 uhr vorstellung",
        "none",
    ),
    (
        "jai trouvé un trousseau de clés devant la boulangerie ce matin, je le dépose où ? à la caisse ?",
        "none",
    ),
    (
        "Dear bike shop, I have been bringing my bicycles to you for over fifteen years, since before your father retired, and I have always recommended you to everyone at the cycling club. However I must tell you that this is now the third time in two months that I have collected my bicycle after being told the rear brake was repaired, and the third time it has failed on the hill down to the station. I nearly went into the back of a van on Monday. I have paid each time. I am not a person who likes to make a fuss, but I would like the owner to telephone me personally, because I do not feel I can trust the workshop at present. Regards, Peter Holloway",
        "complaint",
    ),
    (
        "Buenas tardes. Les escribe Carmen Ruiz. Mi marido, Antonio, que en paz descanse, falleció en marzo, y todavía le sigue llegando el periódico del barrio todas las mañanas, que él leía siempre con el café en el balcón. Yo no lo leo, la verdad, prefiero la radio. Les ruego que den de baja su suscripción y que borren su cuenta y sus datos. Si necesitan algún papel, mi hijo se lo puede llevar a la oficina. Muchas gracias y disculpen las molestias.",
        "account_closure",
    ),
    (
        "what happens with tickets if you cancel a screening on your side, do we get the money back automatically or do we have to ask?",
        "none",
    ),
    (
        "Good morning, since yesterday evening your app of the pharmacy is not opening, it turns and turns and then is closing. I need to order my insulin today, is very urgent. My neighbour have the same problem with her phone, so I think is not only me.",
        "outage",
    ),
    (
        "Bonjour, je suis cliente de votre pressing depuis l'ouverture et je n'ai jamais eu à me plaindre jusqu'ici. Mais c'est la deuxième fois en un mois qu'un de mes chemisiers revient avec une marque de brûlure au col, et la dernière fois on m'a simplement répondu que cela arrive. Je trouve cela inadmissible. Je souhaite parler au responsable, sinon j'irai porter mes vêtements ailleurs et je le dirai à toutes mes amies du club de bridge.",
        "complaint",
    ),
    (
        "antes de comprar, se pueden cancelar las entradas del cine si las saco por la app? o no",
        "none",
    ),
    (
        "3rd week in a row my veg box just doesnt turn up. THIRD. im done, want a manager to ring me today or im going elsewhere and telling everyone in the village",
        "complaint",
    ),
    (
        "vous faites des séances en VO le dimanche soir ?",
        "none",
    ),
    (
        "could you email me a copy of last years invoices for the window cleaning, me and my landlord disagree about who should be paying for it and he wants to see them",
        "none",
    ),
    (
        "hi there I booked a cut and colour through the app and it said sixty five pounds when I booked but my banking app shows eighty five pounds went out nobody said anything about twenty pounds extra for long hair at the salon I only want to pay what I agreed to can someone sort out the difference",
        "billing_dispute",
    ),
    (
        "Hello, I want to finish my contract of window cleaning because we go back to Poland at end of the month. Please you stop it from next month and say me if I must sign some paper. Thank you for all, your boys were always very nice.",
        "account_closure",
    ),
    (
        "Dear Sir or Madam, I have been a member of the energy co-operative since the very first meeting in the village hall, and I was one of the people who helped put the leaflets through doors, so it gives me no pleasure to write this. When I asked to withdraw my share because I am moving into sheltered housing, I was told there would be an exit fee of four hundred pounds, which I cannot find anywhere in the papers I signed. My solicitor, Mr Hughes, has read the documents and agrees with me, and he will be writing to you formally this week. If we cannot settle it I am prepared to take it to the ombudsman. Yours faithfully, Dennis Carter",
        "legal",
    ),
    (
        "auf meinem kontoauszug steht eine zahlung an die gemüsekiste über vierunddreißig euro fünfzig ich habe bei ihnen noch nie etwas bestellt und kenne die firma gar nicht",
        "unrecognised_payment",
    ),
    (
        "r u open sat morning? want to grab the croissants b4 10",
        "none",
    ),
    (
        "do you have written terms and conditions I can read before my son starts his driving lessons? just want to know what we're signing",
        "none",
    ),
    (
        "I just got a text that says it's from the cinema and my account is locked and I have to click a link to verify I didn't click it but my mum got the same one and she typed in her card number is that really from you",
        "security",
    ),
    (
        "Buongiorno, quisiera saber si puedo hacerme socio de la cooperativa de energía también si estoy en alquiler. Mi piso es pequeño pero tengo mucha gana de participar.",
        "none",
    ),
    (
        "Depuis hier il se passe des choses bizarres sur mon compte du cinéma : trois réservations pour des séances à Marseille alors que j'habite à Lille, mon adresse mail a changé toute seule et je ne reçois plus aucun message de votre part.",
        "security",
    ),
    (
        "Sehr geehrte Damen und Herren, ich hoffe, Sie hatten ein schönes Wochenende. Ich schreibe Ihnen mit schwerem Herzen: Unser Dackel Bruno, den Sie so viele Jahre liebevoll frisiert haben, ist vor zwei Wochen im Alter von vierzehn Jahren eingeschlafen. Wir haben noch eine Zehnerkarte für die Hundepflege, auf der vier Termine übrig sind. Mir ist bekannt, dass in Ihren Geschäftsbedingungen steht, dass Karten nicht ausgezahlt werden, und ich möchte auch niemandem Umstände machen. Dennoch wollte ich höflich fragen, ob Sie in unserem Fall eine Ausnahme machen und uns den Restbetrag zurückgeben könnten, da wir keinen neuen Hund mehr aufnehmen werden. Mit freundlichen Grüßen, Irmgard Wolff",
        "refund_exception",
    ),
    (
        "Wie sind eigentlich die Stornobedingungen, wenn ich einen Friseurtermin kurzfristig absagen muss? Möchte erst buchen, wenn ich das weiß.",
        "none",
    ),
)


# Set S: written blind on 2026-12-07 (ninth session) by a writer who read no code of the project:
# business customers and marketplace sellers (B2B software admins, shop owners on a marketplace,
# payroll, freight, hotels on a channel manager, a dental practice, a school office, accountants
# writing for clients, property managers, restaurants with card terminals, agencies); web-form
# fields, signatures, confidentiality and GDPR footers, quoted replies, bullet lists, one-liners.
# Kept unread: only its figures are read.
SPOKEN_CHECKS_S: tuple[tuple[str, str], ...] = (
    (
        "Subject: Question about March invoice\nCategory: Billing\nAccount ID: AC-77120\nMessage: Hi team, quick one. Invoice INV-2024-0387 for the Growth plan lists 14 seats, but we went down to 9 seats on 28 February and your own admin panel shows 9 active users since then. So we've been billed £714 rather than £459. Happy to be told I've misread it, but if not we'd like the £255 difference credited back to the card, not carried forward.\n\nThanks,\nPriya Nandakumar\nOps Lead, Fellgate Logistics Ltd",
        "billing_dispute",
    ),
    (
        "Hi, not about a problem on our side, I'm just trying to understand how chargebacks work on your marketplace in general. If a buyer disputes a payment with their bank, is the amount plus the fee taken from my next payout straight away, and where do I upload proof of delivery? I want to describe it properly in our shop FAQ.\n\nThanks,\nRuth Adebayo\nCopperleaf Ceramics (seller ID SL-18832)",
        "none",
    ),
    (
        "Hey, where do I export the audit log for our workspace? Can't find it under Settings. Reason I'm asking: there's a sign-in on our owner account from Jakarta at 03:12 last night and nobody here was awake, let alone in Indonesia. Looks like the 2FA phone number on that account was also changed to one I don't recognise.\n\n-- Rob Kettering, IT, Kestrel Dental Group",
        "security",
    ),
    (
        "Subject: Remove user\nCategory: Account & users\nMessage: Please remove Daniel Hartmann (daniel.hartmann@example.com) from our workspace, he left us on Friday. Don't close or change anything else, the rest of the team stays as is. Will the freed-up seat be credited on the next invoice automatically or do I need to lower the seat count myself?\nName: Elif Sahin\nCompany: Quayside Translation Partners",
        "none",
    ),
    (
        "Dear Support,\n\nFollowing up on ticket #58812. On 12 April your colleague Marta confirmed that the duplicate annual licence for our second property (Hotel Brisa Mar) would be refunded, EUR 1,180, within 5-7 business days. Our bookkeeper has been through the bank statements for April and May and nothing has come in as of today, 9 May. No drama, but could you check whether the refund actually went out, and if so send us the payment reference so our bank can trace it?\n\n> On 12 Apr 2024, Marta (Support) wrote:\n> Hi Joost, I've processed the refund of EUR 1,180 for the second licence.\n> You should see it on your account within 5-7 business days.\n> Ticket #58812 will now be closed.\n\nKind regards,\n\nJoost Verbeek\nGeneral Manager\nHotel Brisa Mar | Hotel Brisa Sol\nT +31 (0)20 000 1234\n\nThis message may contain confidential information and is intended only for the addressee.",
        "refund_exception",
    ),
    (
        "Hello, our April invoice has 20% UK VAT added on the subscription, but we're a VAT-registered business in Ireland, so I think it should be reverse charge. Not disputing the amount as such, I just need the invoice to be correct for our accountant. Where do I enter our VAT number so future invoices come out right, and can April be reissued?\n\nBest,\nCiaran Doyle\nDoyle & Reid Events, Galway",
        "none",
    ),
    (
        "To whom it may concern,\n\nPlease log this as a formal complaint.\n\n- 4th time in two months our payroll run has been delayed by 'sync issues' on your side\n- each time 46 staff were paid a day late, and I have apologised to every one of them personally\n- our account manager has not answered my last three e-mails\n\nI'm not asking for an explanation of the sync issue any more. We are reviewing alternative payroll providers for the new financial year and I want this on record.\n\nMargaret Osei\nHR Director\nHolloway & Finch Architects LLP",
        "complaint",
    ),
    (
        "Hello,\n\nI'm the external accountant for Tarn Valley Brewing Co. (your account no. 30-88412). For their year end I need copies of all invoices from July last year to June this year. The directors have authorised me to request these; feel free to check with them at accounts@tarnvalley.example.\n\nKind regards,\nNeil Fraser ACA\nFraser & Co Chartered Accountants",
        "none",
    ),
    (
        "One of our members lost her access badge on the bus this morning (badge 0048-221, desk 14). Can you deactivate it in the door system and issue a new one? -- Front desk, Harbour Works Coworking",
        "lost_stolen",
    ),
    (
        "Hi! We'd like to move our billing date from the 1st to the 15th, starting next month, so it lines up with when our clients pay us. Is that doable without being charged twice in the changeover month? Account: Northlight Web Studio.",
        "none",
    ),
    (
        "Hi there. There's a deduction on my last payout statement labelled 'Promoted listings - campaign 8871', £346.20. I've never set up promoted listings and there's no campaign with that number anywhere in my dashboard. Could you tell me where it comes from? Thanks. Shop: WrenAndWillow Prints",
        "unrecognised_payment",
    ),
    (
        "> On 3 March, Support wrote:\n> The second debit of £89.00 has been reversed and should reach your account within 3-5 working days.\n\nJust to close the loop, the money came back today, all sorted on our side. Thanks Priyanka for being so quick about it, really appreciated. Ticket can be closed.\n\nTom Ashworth\nFinance, Greyfriars Property Management",
        "none",
    ),
    (
        "Subject: End of pilot\nCategory: Account\nSchool: St Aldric's C of E Primary\nMessage: Hi Ben, thank you for all your help during the trial term, the staff really liked the parent app. Sadly the governors have decided not to go ahead after July for budget reasons. Could you make sure we are not renewed, and that the pupil and parent records we uploaded are removed from your system once term ends? Best wishes, Fiona Clarke, School Business Manager",
        "account_closure",
    ),
    (
        "Hi, we're a 40-chair dental group currently evaluating your practice management software. Before we sign, our compliance lead has a few questions:\n\n* Where is patient data hosted (UK/EU)?\n* Is it encrypted at rest and in transit?\n* Do you support SSO with Azure AD and enforce MFA?\n* Could you share a recent penetration test summary under NDA?\n\nThanks in advance,\nKaren Holt\nOperations Manager, Brightsmile Dental Group",
        "none",
    ),
    (
        "channel manager down?? cant log in, nothing syncing since 6am, OTAs still selling rooms we dont have",
        "outage",
    ),
    (
        "upgraded my phone today, old one still works. how do i move the authenticator for the POS back office so i dont lock myself out? thx, Dev, Spice Route Kitchen",
        "none",
    ),
    (
        "Dear Sir or Madam,\n\nData subject access request - Mr D. Aldous (customer ref. CU-550213)\n\nWe act on behalf of Mr Aldous, whose signed authority is enclosed. Under Article 15 UK GDPR our client requests a copy of all personal data you hold about him, including call recordings, chat transcripts and internal notes, together with the purposes of processing and the recipients to whom it has been disclosed. We expect your response within one month of receipt.\n\nYours faithfully,\n\nHarcourt Bell LLP",
        "legal",
    ),
    (
        "Hi, can we change the logo on our booking confirmation e-mails? The one guests see is still our old branding.\n\nThanks!\nLotte de Wit | Revenue Manager\nHotel Grachtzicht\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it; any use, copying or disclosure is prohibited. Personal data contained in this message is processed in accordance with the General Data Protection Regulation (GDPR). For information on your rights of access, rectification and erasure, see our privacy notice.",
        "none",
    ),
    (
        "Hello, this is Tomasz from Amberline Candles (seller ID SL-40921). The monthly seller subscription of EUR 39.00 was taken twice on the 3rd, two identical debits with the same reference. I raised it in the seller hub on the 4th and again on the 8th and only got the automated reply. If it's not reversed by Friday I'll ask my bank to dispute the second one.\nRegards,\nTomasz Wrobel",
        "billing_dispute",
    ),
    (
        "Hi, please cancel yesterday's order for the extra receipt printer (ORD-55127), I ordered it twice by mistake. NOT the subscription, that stays as it is. Thanks, Bao, Pho Corner",
        "none",
    ),
    (
        "Subject: Is this email from you?\nStore: Trattoria Verde #2\nMessage: One of our cashiers got an email 'from your billing team' saying our terminal licence had expired, with a link to re-enter the merchant login (something like pos-renewal-secure.co). She did, before asking me. Since this morning the old password doesn't work for the back office anymore. What should we do?\nLuca Ferrante",
        "security",
    ),
    (
        "Hello, could you point me to your complaints procedure? Our procurement policy requires the escalation path of every supplier on file. Nothing's wrong, it's purely for the supplier register. Many thanks, Office of the Bursar, Linden Hill School",
        "none",
    ),
    (
        "Hi, I know your terms say annual plans are non-refundable after 14 days, and we're five weeks in. But our main client has just cancelled the whole conference series we bought the Pro plan for, and we've used it for exactly one test event. Is there any chance of an exception, refunding the remaining months, or even part of them? It would make a real difference for a small agency like ours.\nThanks either way,\nDana Whitlock, Brightside Events",
        "refund_exception",
    ),
    (
        "Quick q - is there a way to see who changed prices in the shop? Not hacked or anything, I'm pretty sure one of my two staff updated the wrong variant and I'd just like to know who so I can show them. Shop: Fable & Fern",
        "none",
    ),
    (
        "Honestly, I'm done chasing. Third ticket about the same label printing bug (refs 88102, 88347, 88590), third 'we've escalated it to the team'. Our drivers are hand-writing labels again. If nobody actually owns this by month end, we'll move all three warehouses to another integration.\n\nSam Reyes\nOperations, Northgate Freight Forwarding",
        "complaint",
    ),
    (
        "Hi, we lost our signed copy of the contract in the office move. Could you email a PDF of the current agreement, ideally with the order form? Thanks, Priti, The Loom Coworking, Leeds",
        "none",
    ),
    (
        "Hi, small thing: could you reset the 2FA on my admin login? My work phone was stolen from my car on Saturday, authenticator and all. I've already had the SIM blocked.\nGareth Pryce\nPractice Manager, Millbrook Dental",
        "lost_stolen",
    ),
    (
        "Saw the notice about scheduled maintenance on Sunday 02:00-04:00. Will the kitchen display screens keep working offline during that window, or should we pause online orders? We open at 11 so probably not an issue, just checking. Marco, Osteria Nove",
        "none",
    ),
    (
        "Hello, our practice credit card was charged £1,240 through your checkout on 2 May for an 'Enterprise - annual' plan on an account called cedarrow-dental-2. We only have one account (cedarrow-dental) on the monthly plan, and nobody here bought this. Could you look into it?\nNadia Farouk, Cedar Row Dental",
        "unrecognised_payment",
    ),
    (
        "Hi, the dashboard wouldn't load for me this morning, but it turned out to be our office VPN, all fine now. While I have you: can I set the default landing page to the shipments view instead of the overview? Cheers, Ollie, Portside Cargo",
        "none",
    ),
    (
        "We won't be renewing the enterprise agreement when it ends on 30 June, please treat this e-mail as our formal notice. Could you confirm in writing and tell us how to export the member and booking data before the account is switched off?\nHollis Grant\nDirector, The Mill Workspace",
        "account_closure",
    ),
    (
        "How do partial refunds work for my buyers? If someone returns 1 item out of 3, can I refund just that item plus its share of shipping from the order page, or do I have to go through support every time? Shop: Little Fox Knitwear",
        "none",
    ),
    (
        "Hi, we manage 14 buildings on your tenant portal. Since the portal lost the maintenance logs for Block C last autumn, a tenant has started proceedings against us over a disrepair claim. Our solicitors need a written statement from you confirming the data loss and the dates involved, and they'll contact your legal team directly if we haven't got it by the 20th. Who should I speak to?\nRegards,\nAoife Byrne\nByrne Property Management",
        "legal",
    ),
    (
        "We're updating our own privacy notice and want to list you as one of our processors. What's your full registered company name and address? That's all we need, thanks. -- Castell Lettings",
        "none",
    ),
    (
        "Good morning, hope all's well. Not sure if you're aware, but none of our 12 translators can open the CAT portal this morning: 502 error on the login page from every network we've tried, mobile data included. Your status page says all systems operational. We've three deliveries due at noon, so any update would be lovely.\nMany thanks,\nJulia Marsh, Lingua Bridge Ltd",
        "outage",
    ),
    (
        "We're closing our Brighton site at the end of the month but keeping Hove and Worthing. Can we move the Brighton terminal to Worthing instead of sending it back, and keep the same contract? -- Harriet, Salt & Ember Group",
        "none",
    ),
    (
        "got charged the £120 setup fee twice this morning, same invoice no. pls sort",
        "billing_dispute",
    ),
    (
        "There's a £12.00 line on our statement called 'SMS bundle'. I assume that's the text reminders we switched on last week? Just confirming so I can code it correctly in the books. Thanks, Mo, Riverside Dental",
        "none",
    ),
    (
        "Hi, one of our clients just sent us a paste site link showing what looks like the full wp-config.php of their site hosted with you (server vh-0412), DB password included. We've never shared that file anywhere. We've rotated the credentials already, but could someone check whether the server was accessed and how? Ines Carvalho, Pixelhaus Studio",
        "security",
    ),
    (
        "Hello, our office was broken into last month (nothing of yours was taken, both terminals are fine). Our insurer now wants a list of serial numbers for all equipment we lease from you. Could you send that over? Ref: customer 20-55810. Thanks, Ben, Kaleido Events",
        "none",
    ),
    (
        "Betreff: Rechnung RE-2024-11873\n\nSehr geehrte Damen und Herren,\n\nin der o. g. Rechnung wird uns weiterhin das Modul „Online-Terminbuchung“ mit 89,00 € netto berechnet. Dieses Modul haben wir fristgerecht zum 31.03. gekündigt, die Kündigungsbestätigung Ihres Hauses vom 14.02. liegt uns vor. Wir bitten um Korrektur der Rechnung. Die Lastschrift über den vollen Betrag haben wir vorsorglich zurückgehen lassen.\n\nMit freundlichen Grüßen\n\nSabine Kröger\nPraxismanagement\nZahnarztpraxis Dr. Lenz & Kollegen",
        "billing_dispute",
    ),
    (
        "Hallo zusammen,\n\nwie hinterlege ich in der Dienstplanung den Reformationstag als Feiertag? Bei uns fehlt der 31.10., wir sitzen in Sachsen-Anhalt.\n\nBeste Grüße\nAnja Wendt\nPersonal | Wendt Gebäudeservice GmbH\n\nGeschäftsführer: Thomas Wendt | Amtsgericht Stendal HRB 4471\n\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet. Informationen zur Verarbeitung Ihrer Daten nach Art. 13 DSGVO finden Sie in unserer Datenschutzerklärung.",
        "none",
    ),
    (
        "Hallo, die Gutschrift der Verkaufsgebühren für die stornierte Bestellung 302-448190 (Käufer hat nie bezahlt) ist immer noch nicht auf meinem Verkäuferkonto. Ihr Kollege hatte am 02.05. geschrieben, das dauert max. 72 Stunden. Jetzt sind es drei Wochen. Können Sie mal nachsehen?\nGruß\nJens Ahlers\nAhlers Angelsport",
        "refund_exception",
    ),
    (
        "Frage zum Verständnis: Wenn ein Käufer über seine Bank eine Rückbuchung macht, wird mir der Betrag sofort vom Guthaben abgezogen oder erst nach Klärung? Aktuell ist nichts vorgefallen, ich will nur meine AGB und die FAQ im Shop richtig formulieren. Danke! Kerstin von Wollwerk Manufaktur",
        "none",
    ),
    (
        "Hallo zusammen,\n\nkurze Frage vorab: Gibt es bei Ihnen ein Protokoll, wer Stammdaten von Mitarbeitenden ändert? Hintergrund: Gestern um 22:47 wurde bei zwei Mitarbeitenden unseres Mandanten Bäckerei Hollmann die IBAN geändert, und zwar über das Admin-Konto von Frau Rieger. Frau Rieger ist seit Montag im Urlaub in Norwegen und war nach eigener Aussage nicht eingeloggt. Der Lohnlauf ist für Freitag angesetzt.\n\nViele Grüße\nMarkus Zeller\nLohnbuchhaltung\nZeller & Partner Steuerberatung",
        "security",
    ),
    (
        "Hallo, bitte den Zugang von Frau Yilmaz (Rezeption) deaktivieren, sie ist zum 30.04. bei uns ausgeschieden. Die Praxislizenz selbst läuft natürlich weiter! Danke, Praxis Dr. Hofmann",
        "none",
    ),
    (
        "Das ist jetzt das dritte Mal in diesem Monat, dass Ihre Sendungsverfolgung unseren Kunden falsche Zustelltermine anzeigt. Die Anrufe landen bei uns, nicht bei Ihnen. Ich erwarte bis Mittwoch einen Rückruf von jemandem, der tatsächlich etwas entscheiden kann. Ansonsten war es das mit der Zusammenarbeit zum Quartalsende.\n\nK. Brandt\nDisposition\nBrandt Logistik GmbH",
        "complaint",
    ),
    (
        "Betreff: Rechnungskopien 2023\nKategorie: Abrechnung\nKundennummer: 73-20419\nNachricht: Unser Steuerbüro braucht für den Jahresabschluss alle Rechnungen aus 2023 als PDF. Im Kundenportal sehe ich leider nur die letzten sechs Monate. Können Sie uns den Rest per Mail schicken? Vielen Dank, Buchhaltung Hotel Am Stadtpark",
        "none",
    ),
    (
        "Moin, wir machen unsere Agentur zum Jahresende dicht. Bitte den Vertrag (Kundennr. 40-11873) zum nächstmöglichen Termin beenden und danach alle Teilnehmerdaten löschen. Eine kurze Bestätigung per Mail reicht uns. Danke für die gute Zeit & Grüße aus Kiel, Nele Hansen",
        "account_closure",
    ),
    (
        "> Am 12.03. schrieb Ihr Support:\n> Die Erstattung über 240,00 € wurde heute angewiesen.\n\nKurze Rückmeldung: Der Betrag ist gestern bei uns eingegangen. Danke für die schnelle und unkomplizierte Hilfe, das Ticket kann geschlossen werden.\n\nGruß\nRalf Schuster\nÜbersetzungsbüro Schuster",
        "none",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\nals Hausverwaltung nutzen wir Ihr Mieterportal. Ein Mieter hat sich beim Landesbeauftragten für den Datenschutz über uns beschwert. Die Behörde verlangt bis zum 15.07. eine Stellungnahme, u. a. zu:\n\n- Speicherfristen der Portaldaten\n- eingesetzten Unterauftragsverarbeitern\n- Ort der Datenverarbeitung\n\nBitte senden Sie uns kurzfristig den unterzeichneten AV-Vertrag, Ihre TOMs sowie eine schriftliche Auskunft zu den o. g. Punkten.\n\nMit freundlichen Grüßen\nHausverwaltung Petersen & Sohn",
        "legal",
    ),
    (
        "Hallo, bei uns ist heute eine Mail angeblich von Ihnen angekommen („Ihr Konto wird gesperrt“). Niemand hat auf den Link geklickt oder etwas eingegeben, wir haben sie gleich gelöscht. Gibt es eine Adresse, an die wir so etwas künftig weiterleiten sollen? Sonst ist alles in Ordnung. Gruß, Team Coworking Alte Weberei",
        "none",
    ),
    (
        "Hallo, uns ist gestern nach Schichtende ein Kartenterminal abhandengekommen (SN PX-20-77841), vermutlich von der Terrasse mitgenommen. Könnt ihr das Gerät sperren? Gruß Aylin, Café Lindgrün",
        "lost_stolen",
    ),
    (
        "Hallo, wir wechseln zum 1. Juli die Hausbank. Ab wann sollten wir die neue IBAN für den Lastschrifteinzug hinterlegen, damit die Juli-Abbuchung nicht ins Leere läuft? Danke, Webagentur Kranich",
        "none",
    ),
    (
        "Bonjour,\n\nSur mon relevé vendeur d'avril, je constate une commission de 15 % appliquée à l'ensemble de mes ventes, alors que ma catégorie (bijoux fantaisie) est à 8 % d'après votre grille tarifaire en vigueur. Cela représente un écart de 412,36 €. Merci de bien vouloir régulariser sur le prochain versement.\n\nCordialement,\nClaire Dumas\nAtelier Perles & Lin – boutique n° 55120",
        "billing_dispute",
    ),
    (
        "Bonjour,\n\nDans le cadre de notre démarche qualité, j'aurais besoin de connaître votre procédure de réclamation : délai de réponse, interlocuteur dédié, possibilité de recours à un médiateur. Aucun litige en cours, c'est uniquement pour compléter notre dossier fournisseurs.\n\nBien à vous,\nSophie Laurent\nCabinet Laurent Gestion Immobilière",
        "none",
    ),
    (
        "Bonjour, le remboursement de l'abonnement prélevé en double (ticket n° 77-4410) ne nous est toujours pas parvenu, alors qu'on nous l'avait annoncé « sous 10 jours » début mars. Pourriez-vous me donner une date ou une référence de virement ? Merci. Service comptabilité, Hôtel Les Tilleuls",
        "refund_exception",
    ),
    (
        "Bonjour,\n\nEst-il possible d'exporter la liste des réservations de salles du mois en CSV plutôt qu'en PDF ? Ce serait plus pratique pour la facturation.\n\nMerci d'avance,\nJulien Garnier\nResponsable d'exploitation – La Ruche Coworking\n\n--\nConformément au Règlement général sur la protection des données (RGPD), vous disposez d'un droit d'accès, de rectification et d'effacement des données vous concernant. Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation non conforme est interdite.",
        "none",
    ),
    (
        "Objet : Réclamation – logiciel de gestion du cabinet\n\nMadame, Monsieur,\n\nJe vous adresse par la présente une réclamation formelle. Depuis la mise à jour du 3 juin, l'agenda du cabinet affiche des rendez-vous en double, plusieurs patients se sont présentés à des horaires erronés et nous avons dû en renvoyer certains chez eux. Depuis trois semaines, vos conseillers nous renvoient d'un service à l'autre sans qu'aucune solution ne nous soit proposée.\n\nSans réponse concrète de votre part sous huit jours, nous envisagerons très sérieusement de changer de logiciel.\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nDr Hélène Marchetti\nCabinet dentaire du Parc",
        "complaint",
    ),
    (
        "Bonjour, pourriez-vous annuler la commande d'hier pour les 200 badges supplémentaires (cde n° 2024-0912) ? On s'est trompés dans les quantités, on en repassera une. L'abonnement, lui, ne bouge pas bien sûr. Merci ! Agence Solstice Événements",
        "none",
    ),
    (
        "Bonjour,\n\nÀ la demande de notre avocat, Me Fabre, nous vous transmettons ci-joint une mise en demeure relative à la perte des mémoires de traduction de notre client Verdal Industrie lors de votre migration de février. Merci d'en accuser réception et de la transmettre à votre service juridique.\n\nAgence Traductions Rivière\nDossier interne : TR-2024-031",
        "legal",
    ),
    (
        "Bonjour, je change de téléphone pro la semaine prochaine (l'ancien rame trop). Comment transférer l'appli de caisse et la double authentification sans perdre l'accès ? Merci, Boulangerie Morel",
        "none",
    ),
    (
        "Bonsoir, sur le relevé de notre compte il y a un prélèvement de 249 € de votre part, libellé « Pack Fidélité Premium ». Personne ici n'a souscrit ça, on ne sait même pas ce que c'est. Vous pouvez regarder ? Restaurant Le Comptoir, TPE n° 88213",
        "unrecognised_payment",
    ),
    (
        "Bonjour, notre expert-comptable souhaite que notre numéro de TVA intracommunautaire figure sur vos factures. Où puis-je le renseigner dans l'espace client ? Et est-ce possible de rééditer la facture de mars avec ce numéro ? Cordialement, Cabinet de traduction Lemoine",
        "none",
    ),
    (
        "Tous nos sites hébergés chez vous sont en erreur 503 depuis 7h40, le panneau client ne répond plus et la hotline sonne dans le vide. On a 37 sites clients en rade. Vous avez une estimation ?\n— Hugo, Agence Web Coquelicot",
        "outage",
    ),
    (
        "J'ai perdu le mail d'invitation de notre nouvelle collaboratrice, vous pouvez le renvoyer à s.benali@exemple.fr ? Merci ! (Studio Mistral)",
        "none",
    ),
    (
        "Bonjour,\n\nLors de la sortie scolaire de vendredi, un enseignant a égaré la tablette de la classe de CM1 (n° d'inventaire TAB-012). Elle est connectée au compte de l'établissement et à l'application de vie scolaire. Pourriez-vous la bloquer à distance et la retirer de notre flotte ?\n\nMerci d'avance,\nMme Perrin\nSecrétariat – École élémentaire Les Marronniers",
        "lost_stolen",
    ),
    (
        "Hola, sé que la política de devoluciones es de 30 días, pero os cuento: contratamos el plan anual de gestión de reservas para el espacio de Valencia y al final el local se nos ha caído por un problema con la licencia de actividad. No vamos a abrir. ¿Habría alguna posibilidad de que nos devolvierais la parte que no vamos a usar? Llevamos dos meses. Mil gracias, Irene — Colmena Cowork",
        "refund_exception",
    ),
    (
        "Hola, una duda general: si un comprador abre un contracargo con su banco, ¿cuánto plazo tengo para aportar pruebas y dónde se suben? Ahora mismo no tengo ninguno abierto, solo quiero estar preparada. Gracias, Lucía — Bolsos Nácar",
        "none",
    ),
    (
        "Buenas, me acaba de llegar un aviso de que se ha cambiado la cuenta bancaria donde recibo los pagos de la tienda. Yo no he tocado nada y ahora no puedo entrar con mi contraseña. Tienda: CerámicaSolana. Por favor, urgente",
        "security",
    ),
    (
        "Buenas, ¿cómo doy de baja en el TPV a un camarero que ya no trabaja con nosotros? No quiero borrar sus ventas del historial, solo que no pueda fichar ni cobrar. Gracias. Bar La Parra",
        "none",
    ),
    (
        "Asunto: Queja\n\nLlevo desde el martes intentando que alguien me explique por qué la app de acreditaciones se colgó en plena entrada del congreso de Sevilla. Seiscientos asistentes haciendo cola en la calle, el cliente echándonos la bronca a nosotros y vosotros respondiendo con plantillas. Me parece inaceptable. Quiero hablar con un responsable esta semana, no con un bot.\n\nMarta Quiroga\nDirectora de Producción | Eventos Alcázar\n\nEste mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.",
        "complaint",
    ),
    (
        "Hola, mi gestor necesita las facturas del primer trimestre con el IVA desglosado para presentar el modelo 303. ¿Me las podéis mandar juntas en un PDF? Gracias. Inmobiliaria Costa Azahar",
        "none",
    ),
    (
        "Buenos días:\n\nLes escribo en nombre de nuestro cliente Ferretería Hermanos Lozano, S.L. (n.º de cliente 66120). Nos comunica que desea darse de baja del servicio de nóminas con efecto 1 de septiembre y que, una vez exportados los datos, se eliminen de su plataforma los de todos sus trabajadores. ¿Nos pueden indicar el procedimiento y si necesitan algún documento firmado por el administrador?\n\nUn saludo,\nRamón Ibáñez\nIbáñez Asesores",
        "account_closure",
    ),
    (
        "Buenos días. Somos un colegio concertado y estamos valorando vuestra plataforma de comunicación con familias. Antes de presentarla al consejo escolar necesitamos saber:\n- si los datos se alojan en la UE\n- si tenéis certificación ENS o ISO 27001\n- cómo se gestionan los permisos del profesorado\nGracias. Administración, Colegio Santa Brígida del Valle",
        "none",
    ),
    (
        "Hola, en la cuenta de la comunidad de propietarios Residencial Los Almendros aparecen dos adeudos SEPA a vuestro nombre (57,90 € cada uno, marzo y abril) que nadie ha autorizado. La comunidad no tiene contrato con vosotros; el único es el de nuestro despacho, que se paga desde otra cuenta. ¿Nos decís con qué mandato se están cobrando?\nAdministración de Fincas Sorní",
        "unrecognised_payment",
    ),
    (
        "Solo para confirmaros que la sincronización con Booking vuelve a funcionar desde lo del lunes. Gracias a Álvaro por la paciencia. Podéis cerrar la incidencia 44-1023. Un saludo, Hotel Rural El Olivar",
        "none",
    ),
    (
        "no carga el programa en ninguna de las 4 consultas, ni desde casa tampoco. pacientes esperando. ¿está caído?",
        "outage",
    ),
    (
        "¿Se puede pasar el cobro mensual del día 1 al día 10? A principio de mes vamos justos de tesorería. Gracias, Traducciones Llobregat",
        "none",
    ),
    ("¿Se puede añadir un segundo almacén?", "none"),
)


# Set T: written blind on 2026-12-07 (ninth session) by a writer who read no code of the project:
# young and informal customers and parents of young users (games and in-game purchases, music
# streaming, a dating app, food delivery, e-scooters, festival tickets, a language app, prepaid
# mobile, sneaker resale, a teen card app, tutoring); slang, emoji, all lowercase, code-switching,
# voice-to-text mistakes, several short messages pasted together, formal letters from parents.
# Kept unread: only its figures are read.
SPOKEN_CHECKS_T: tuple[tuple[str, str], ...] = (
    (
        "yo so i renewed my PulseTrack premium ONCE and my bank app shows 2x €9.99 on the same day lol. only got one receipt email. sort it pls or i'm doing the chargeback thing with my bank",
        "billing_dispute",
    ),
    (
        "Dear Sir or Madam, my son (14) plays Gemfall Arena on an account linked to my card. The gem bundle was advertised in the shop at £4.99, yet my statement shows £49.99 for order GA-55120. The confirmation email clearly says quantity 1. Please correct the amount taken. Kind regards, R. Okafor",
        "billing_dispute",
    ),
    (
        "ok so / the scooter ride was 12 min / app history says 12 min / you billed me for 2h 12min?? / €31.40 to go to the bakery 💀 / not paying that",
        "billing_dispute",
    ),
    (
        "the concert got cancelled in MARCH. your email said money back in 5-7 working days. it's june. nothing on my card. ref TX-40917, 2x standing, €118. hellooo",
        "refund_exception",
    ),
    (
        "i know the rules say nothing back after 14 days but my grandma passed the week before the festival and i just couldnt go. is there anything at all u can do for the weekend pass? order FF-2291",
        "refund_exception",
    ),
    (
        "pls just nuke everything. profile, chats, pics, all of it. i'm done with dating apps for good, dont want anything of mine sitting on ur servers",
        "account_closure",
    ),
    (
        "Hello, I am writing on behalf of my daughter Mila (12). She signed up for LinguaLeap with her school email without our permission. We would like the account and all associated progress removed permanently and the monthly plan stopped before the next billing cycle. Thank you, Anke Voss",
        "account_closure",
    ),
    (
        "hey quick one, under gdpr i want a copy of literally everything you hold on me. matches, messages, location history, whatever ur algorithm thinks of me. that's 30 days right? username jess.k.22",
        "legal",
    ),
    (
        "not tryna be dramatic but my dad's a solicitor and he read your 'no money back on loot boxes for under 16s' rule and says it won't hold up. he's writing to trading standards tonight unless someone actually replies to me",
        "legal",
    ),
    (
        "bro someone is in my account rn. my name changed to xX_free_gems_Xx and the email on it isnt mine anymore. i can still see it on my switch but cant change anything",
        "security",
    ),
    (
        "got a text saying 'your CoinNest wallet is locked, verify here' with a link, i clicked it and typed my pin 😬 was that u guys? now theres a device in my settings called Galaxy A12 and i dont own one",
        "security",
    ),
    (
        "weird. got a 'new sign-in from Lagos' email at 3am for my Soundwave account. i'm in leeds. was asleep. playlists look the same tho. should i worry or",
        "security",
    ),
    (
        "my bag got nicked on the tram last night. the TeenPay card was in it. can you freeze it before someone goes on a shopping spree",
        "lost_stolen",
    ),
    (
        "left my phone in a cab after the gig. saturday's e-tickets are ONLY in the app on that phone. getting a new one tomorrow but can whoever has the old one still walk in with them??",
        "lost_stolen",
    ),
    (
        "mum here. there's a £79.99 'Diamond Vault' charge on my card from your game on tuesday. my son's tablet was in his school locker all day and he swears it wasnt him. nobody in this house made it.",
        "unrecognised_payment",
    ),
    (
        "random q does CrunchRun ever bill under a different name? there's like 6 small ones 'CR*DLVRY' €3.20 each on my account and i haven't ordered food since january",
        "unrecognised_payment",
    ),
    (
        "is sound wave dead or is it me period nothing loads not even offline downloads comma web player is a white screen and my boyfriends is the same period 40 minutes now",
        "outage",
    ),
    (
        "hello?? / app just spins / website says 503 / cant unlock a single bike at the whole station / everyone here is just standing around confused",
        "outage",
    ),
    (
        "third time i'm writing this. THIRD. fixit hub had my phone for 3 weeks for a simple battery swap. it came back with a dead speaker and a scratch across the screen that was not there before, i have photos from the day i dropped it off. every time i ask i get the same copy paste 'we value your feedback, a colleague will be in touch'. nobody is ever in touch. i paid £65 for this and i had to borrow my sister's phone for almost a month. i want this escalated to an actual manager as a formal complaint, and honestly until someone fixes it i'm telling every single person at my college and in my group chats not to go near your shop.",
        "complaint",
    ),
    (
        "wow. amazing. love paying for premium to get ads between every lesson. truly the best customer experience of my life. genuinely about to take my money to the competition",
        "complaint",
    ),
    (
        "this new season is literally killing me 😭😭 the level 7 boss murdered me 30 times. 10/10 no notes",
        "none",
    ),
    (
        "can i swap a skin i bought by accident like 5 min ago? meant to get the blue one not the pink one, it says i'm still inside the 48h window",
        "none",
    ),
    (
        "how do i turn on two-factor for my CoinNest account? my friend got hacked last week and i dont want the same thing happening to me",
        "none",
    ),
    (
        "lost my legendary sword in a trade?? is there a way to get it back or is it gone gone. not mad just sad lol",
        "none",
    ),
    (
        "forgot my password again 🙃 reset email isn't showing up, checked spam. whats the deal",
        "none",
    ),
    (
        "hey can I pause my gym tracker membership for July and August comma going to my aunts in Portugal period I don't want to cancel just pause",
        "none",
    ),
    (
        "hi could i get a receipt for my tutoring sessions in april? my mum needs it for her taxes",
        "none",
    ),
    (
        "why did premium go from 9.99 to 11.99?? is that for everyone or just me. not complaining just wanna know before i do my budget",
        "none",
    ),
    (
        "Good evening, how can I set up parental controls so that my 9-year-old cannot make purchases in Gemfall Arena without my approval? I would also like to limit playtime on school nights. Many thanks, D. Marsh",
        "none",
    ),
    (
        "thought u charged me twice for a sec but nvm, one was the sneakers and the other was the shipping insurance i added 🤦 all good. when does it ship tho",
        "none",
    ),
    (
        "dropped my phone in the pool (rip) how do i log in on the new one without losing my streak",
        "none",
    ),
    (
        "my little brother keeps saying he's gonna 'report me to the police' for skipping his turn on the console lmaooo. anyway is there a way to have 2 profiles on one account",
        "none",
    ),
    (
        "is it normal that the app logs me out every time i update it? not a big deal, just have to type my pw again each time",
        "none",
    ),
    (
        "the delivery guy was so fast i thought he stole someone else's order 😂 can i still add a tip after it's delivered?",
        "none",
    ),
    (
        "what happens to my saved photos if i don't open the app for like a year? not deleting anything just curious if they expire",
        "none",
    ),
    (
        "i want to cancel... my order for the 20x30 print and get the 30x40 instead. it hasnt shipped yet",
        "none",
    ),
    (
        "dead serious question: are the festival wristbands waterproof? it's gonna be a mud bath",
        "none",
    ),
    (
        "my card expired and i got the new one in the post, where do i update it so my plan keeps renewing",
        "none",
    ),
    (
        "ugh the scooter died halfway so i walked the rest. not asking for anything, just fyi #4471 on river st is at 3%",
        "none",
    ),
    ("student discount exists??", "none"),
    (
        "Hallo, hab beim Drop am Freitag die Retro Highs für 189 € gekauft, abgebucht wurden aber 289 €?? Der Checkout war eh total buggy. Screenshot vom Warenkorb hab ich. Bitte korrigiert das, sonst mach ich nen Käuferschutz-Fall bei PayPal auf.",
        "billing_dispute",
    ),
    (
        "Sehr geehrte Damen und Herren, die Nachhilfestunden meines Sohnes Jonas am 3. und 10. Mai wurden vom Tutor kurzfristig abgesagt. Uns wurde daraufhin eine Rückerstattung von 2 x 35 € zugesagt, die bis heute nicht auf unserem Konto eingegangen ist. Inzwischen sind sieben Wochen vergangen. Ich bitte um zeitnahe Überweisung. Mit freundlichen Grüßen, Petra Hollweg",
        "refund_exception",
    ),
    (
        "kann man hier irgendwo den vertrag kündigen?? find den button nicht. will die prepaid karte nicht mehr, bin jetzt bei nem anderen anbieter, nummer hab ich schon mitgenommen",
        "account_closure",
    ),
    (
        "moin, ich will ne komplette Auskunft nach Art. 15 DSGVO, also alles was ihr über mich gespeichert habt inkl. Standortdaten von allen Scooterfahrten. Frist ist ein Monat, sonst geht's an die Datenschutzbehörde. Danke 👍",
        "legal",
    ),
    (
        "äh jemand hat mein passwort geändert?? komm nicht mehr rein und hab ne mail bekommen 'deine E-Mail-Adresse wurde geändert'. war ich nicht. da sind 3 jahre fortschritt drauf 😩 bitte helft mir",
        "security",
    ),
    (
        "Hab grad in der Banking App gesehen: 4 x 19,99 an GMFALL*STORE von gestern Nacht. Ich spiel das seit nem halben Jahr gar nicht mehr. Was ist da los",
        "unrecognised_payment",
    ),
    (
        "ey ernsthaft?? dritte bestellung in folge kalt UND falsch. heute statt veggie burger einer mit speck, ich ess seit 6 jahren kein fleisch. der chat schließt sich einfach jedes mal. das ist hiermit ne offizielle beschwerde, noch einmal und ich bin weg",
        "complaint",
    ),
    (
        "dieses update macht mich fertig 😂 die neue map ist so krank, hab 4h am stück gezockt. danke leute",
        "none",
    ),
    (
        "Guten Tag, kann ich die Mitgliedschaft meiner Tochter (Fitnesstracker Premium) für die Sommerferien pausieren, statt zu kündigen? Sie ist sechs Wochen im Zeltlager und nimmt die Uhr nicht mit. Viele Grüße, M. Brandt",
        "none",
    ),
    (
        "mein kumpel wurde gehackt, jemand hat von seinem acc aus scam links verschickt. wie mach ich bei mir diese 2 faktor sache an?",
        "none",
    ),
    (
        "hab mein passwort vergessen lol. und die mail adresse ist noch die alte von der schule. wie komm ich wieder rein",
        "none",
    ),
    (
        "sieht aus als hättet ihr 2x abgebucht aber moment, einmal ist das Jahresabo und einmal das Hörbuch. alles gut 😅 wo seh ich eig meine rechnungen?",
        "none",
    ),
    (
        "hab beim dungeon boss mein legendäres schwert verloren weil ich gestorben bin 💀 kommt das wieder wenn ich den boss nochmal kille?",
        "none",
    ),
    ("wieso wird der Tarif ab nächstem Monat 2 € teurer? Steht das irgendwo? Frag nur", "none"),
    (
        "bonjour, j'ai pris le forfait 20go à 10€ et on m'a prélevé 25€ ce mois ci ?? j'ai rien changé. je veux la différence sinon je conteste le prélèvement auprès de ma banque",
        "billing_dispute",
    ),
    (
        "wesh on m'a volé mon tel au festival hier soir 😭 y'avait mon billet pour dimanche dessus + l'appli de paiement. vous pouvez bloquer le billet et m'en renvoyer un? commande n° FX-77810",
        "lost_stolen",
    ),
    (
        "c mort chez vous ou quoi ?? l'appli reste bloquée sur le logo, le site est down, mes potes pareil. j'ai mon cours en ligne dans 10 min",
        "outage",
    ),
    (
        "Bonsoir, je suis la maman de Lina, 15 ans. Je découvre sur son compte ado trois virements de 50 € vers un certain k.moreau88 qu'elle affirme ne pas avoir faits. Elle n'a jamais entendu ce nom. Que faut-il faire ? Merci de me répondre rapidement.",
        "unrecognised_payment",
    ),
    (
        "franchement vous abusez. 4e fois que mes photos arrivent floues et pliées, le livreur les force dans la boîte aux lettres. et à chaque fois 'désolé pour la gêne occasionnée'. j'en ai ras le bol, je vais voir ailleurs et je vais le dire à tout le monde",
        "complaint",
    ),
    (
        "jvoulais juste dire que j'ai fait un signalement à la répression des fraudes pour vos abonnements qui se renouvellent sans prévenir. ma tante est avocate et elle dit que c'est pas légal du tout. on attend votre réponse par écrit",
        "legal",
    ),
    (
        "Bonjour j'ai reçu un mail de 'l'équipe sécurité' qui me demandait mon code à 6 chiffres, c'est normal ?? je l'ai donné 🙈 et depuis j'arrive plus à me connecter",
        "security",
    ),
    (
        "ce niveau me tue 😂😂 j'ai envie de balancer la manette par la fenêtre. jeu de l'année",
        "none",
    ),
    (
        "est ce que je peux échanger le skin que j'ai acheté par erreur? c'était il y a 2h, je voulais la version dorée",
        "none",
    ),
    (
        "salut, j'ai fait tomber mon tel dans les toilettes (oui...) j'en ai un nouveau, comment je récupère mes leçons et ma série de 200 jours?",
        "none",
    ),
    (
        "comment on met le contrôle parental sur le compte de mon fils? il a 10 ans et je veux pas qu'il parle avec des inconnus dans le jeu",
        "none",
    ),
    (
        "bonjour, je peux avoir une facture pour la réparation d'écran de la semaine dernière? c'est pour l'assurance. merci",
        "none",
    ),
    (
        "je veux résilier... non je rigole 😅 je voulais juste savoir si on peut changer d'offre en cours de mois",
        "none",
    ),
    (
        "oye el pedido me llegó abierto y sin las bebidas, me dijeron que me devolvían los 12,50€ en 3 días. han pasado 3 semanas y nada de nada. ya no sé a quién escribir",
        "refund_exception",
    ),
    (
        "hola quiero darme de baja de la app y que borréis todo, fotos, chats, todo. ya tengo novia jaja lowkey gracias por todo",
        "account_closure",
    ),
    (
        "se me cayó en el metro la tarjeta esa para desbloquear las bicis 😬 alguien la puede usar con mi cuenta?? la podéis bloquear porfa",
        "lost_stolen",
    ),
    (
        "buenas, la app está down desde las 8, no carga nada, ni el login. en twitter todo el mundo dice lo mismo. tengo examen de inglés mañana y necesito las lecciones 😩",
        "outage",
    ),
    (
        "A mi hija le han salido 3 cargos en su tarjeta prepago de vuestra app, de una tienda online que no conoce de nada. 87€ en total. Ella no ha sido, tiene la tarjeta aquí en la mano.",
        "unrecognised_payment",
    ),
    (
        "bro esto es una vergüenza, seriously. pagué 120 pavos por la pantalla y me devolvéis el móvil con la cámara que no enfoca. en la tienda nadie coge el teléfono. quiero hablar con un encargado y poner una queja formal ya",
        "complaint",
    ),
    (
        "esta actualización me está matando jajaja los niveles nuevos están brutales, me encanta",
        "none",
    ),
    (
        "se me olvidó la contraseña y el código de recuperación va a un número que ya no tengo 😅 cómo hago?",
        "none",
    ),
    (
        "¿Puedo cambiar las zapatillas que compré por otra talla? las recibí ayer, todavía estoy dentro de los 14 días no?",
        "none",
    ),
    (
        "a mi amiga le hackearon la cuenta y publicaron cosas raras en su perfil. cómo protejo la mía? activo lo de verificación en dos pasos?",
        "none",
    ),
    (
        "hola, me salen dos cargos de 4,99 pero creo que es porque compré el pack de gemas y luego el pase de temporada, sí, son dos cosas distintas, perdón jaja. ¿cuándo empieza la temporada nueva?",
        "none",
    ),
    (
        "Buenas tardes, soy el padre de Daniel (11 años). Me gustaría saber si se puede poner un límite de gasto mensual en su cuenta del juego, por ejemplo 10 euros. Gracias de antemano.",
        "none",
    ),
    (
        "quiero pausar mi suscripción de música en agosto que me voy al pueblo y no hay cobertura lol, se puede sin perder mis playlists?",
        "none",
    ),
)


# Set U: written blind on 2026-12-07 (ninth session) by a writer who read no code of the project:
# public services and utilities (water and energy, parking permits, transport passes, a library,
# a student office, hospital billing, tax preparation, a pension fund, housing, waste, post,
# rural internet, car sharing); retired people, students, landlords, people writing for a
# relative, officials; look-alikes asked to say the risk did not happen or is not theirs, real
# risks told politely or late, signatures, footers and quoted mails. Kept unread.
SPOKEN_CHECKS_U: tuple[tuple[str, str], ...] = (
    (
        "Hello, I'm writing on behalf of my mother, Mrs Edna Pollard (account WT-448120), as she finds the phone menus too much. Her spring bill from Greyfield Water says she used 212 cubic metres this quarter. She lives alone in a one-bedroom flat and last quarter it was 19. The reading printed on the bill is 04417, but I photographed the meter myself yesterday and it shows 03391. She is being asked for £684.20 and the direct debit is due on the 28th. Please hold that collection and send a corrected bill based on the real reading.\n\nMany thanks,\nPaul Pollard (son)\n01632 960 418",
        "billing_dispute",
    ),
    (
        "Before I set up a direct debit for my water bill: if I'm ever charged twice by mistake, how quickly do you usually put it right? Nothing has gone wrong, I just like to know how things work before I sign anything. Account WT-502277.",
        "none",
    ),
    (
        "Subject: RE: Overpayment refund - patient ref H-77812\n\nDear Patient Accounts team,\n\nIn January you confirmed in writing (below) that my overpayment for the outpatient MRI would be refunded to my card within 10 working days. It is now mid-April and nothing has arrived. I have rung twice and both times was told it is 'being processed'. I'm a pensioner and $312.50 is not a small sum for me. Could someone please find out where this money actually is and when I will get it?\n\nKind regards,\nMargaret Oyelaran\n\n> From: Patient Accounts, Northgate General Hospital\n> Sent: 12 January\n> Dear Mrs Oyelaran, we confirm an overpayment of $312.50 on your account H-77812. A refund will be issued to the original card within 10 working days. No further action is required on your part.",
        "refund_exception",
    ),
    (
        "Just a quick note to say thank you - the second payment for my resident permit that went out by mistake last month has now come back into my account. All sorted, no need to reply. Permit RP-11904.",
        "none",
    ),
    (
        "Please close my CityWheels car club membership and delete my licence scan and card details. I've moved abroad. Member CW-55102.",
        "account_closure",
    ),
    (
        "My neighbour had her purse stolen on the number 14 bus last week, travel pass and all, and you were very helpful getting her a replacement. It made me think: can I register my own pass online so the balance could be moved if it ever happened to me? Mine is safe in my hand as I type, I just want to be prepared. Card ends 2291.",
        "none",
    ),
    (
        "Subject: Subject access request - tenancy 22 Heron Walk\n\nTo the Data Protection Officer, Lowmoor Housing Association\n\nUnder Article 15 of the UK GDPR I am requesting a copy of all personal data you hold about me. This includes, but is not limited to, my tenancy file, notes of telephone calls, internal emails mentioning me, and all records relating to the anti-social behaviour case opened against my household in November. Please also tell me who this information has been shared with. I expect a full response within one calendar month of today.\n\nName: Daniel Achterberg\nTenancy ref: LHA-0091-22\nProof of identity: sent separately by post",
        "legal",
    ),
    (
        "Hello, I'm a second-year law student writing an essay on how local services handle data-access requests. Does the city library service publish any statistics on how many subject access requests it receives each year? I'm not making a request myself, it's purely for research.",
        "none",
    ),
    (
        "Hi, I got an email at 6am saying the password on my pension fund online account had been changed. I didn't change it. When I tried to log in it said my details were wrong, and an hour later I got a text about a 'new bank account added for payments'. I haven't added anything. Member number PF-908812. Could you freeze the account please before anything is paid out? I'm at home all day on 01632 960 755.",
        "security",
    ),
    (
        "Ha, your newsletter headline 'Your account has been compromised!' gave me a proper fright until I realised it was the article on spotting phishing. Well done, it worked on me. Could you send a printable copy? I'd like to pin it on the noticeboard in our sheltered housing block.",
        "none",
    ),
    (
        "My wallet was stolen on the tram yesterday evening and my annual travel pass (card no. 6003 1182 4470) was in it. Please block the card and tell me how to get a replacement with the remaining months on it. The police reference is CR/22/0931.",
        "lost_stolen",
    ),
    (
        "I'd planned to cancel my car club membership when we moved, but it turns out the new flat is ten minutes' walk from one of your bays, so I'm staying! Could you change my address to 7 Marsh Court, Lenby LN4 2QT? Member 30418. Thanks.",
        "none",
    ),
    (
        "There's a direct debit of £146.00 from 'RIVERDALE WTR' on my bank statement dated 3 June. I am not a Riverdale Water customer - my water comes from Eastmere and always has - and I have never given you my bank details. I did not set this up. Please tell me how you got my account details, cancel the mandate and return the money.",
        "unrecognised_payment",
    ),
    (
        "We're thinking of signing up for the rural fibre package at our farm. Is there any backup if the line goes down, like a 4G router? My husband works from home and we've heard stories about other providers. Nothing wrong yet obviously, we're not customers!",
        "none",
    ),
    (
        "Internet completely dead in Upper Brackley since Sunday about 7pm. No light on the fibre box, router says no connection, and every house I've asked along Mill Lane is the same. Our phones are VoIP so those are gone too. Several elderly people here have alarm pendants that rely on the line. Please send an engineer, your status page still says 'no known issues'.",
        "outage",
    ),
    (
        "Dear Customer Services,\n\nI support Mr Jonah Felder, one of our tenants, with his correspondence. He has asked us to request a letter confirming that the electricity account at Flat 3, 41 Carver Street is in his name and up to date, as he needs it for a housing benefit review. His account number is EN-5521-309 and his signed consent form is attached.\n\nThank you for your help.\n\nBest wishes,\n\nAnita Roszak\nTenancy Sustainment Officer\nBrightlea Homes Trust\n2nd Floor, 9 Quay Parade, Farnholt FH1 6DW\nT: 01632 960 882\n\nBrightlea Homes Trust is a charitable housing association registered in England, no. RS-40731. Registered office as above.\nThis email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately, delete the message and do not copy, disclose or use its contents. We process personal data in accordance with data protection law; see our privacy notice at brightlea.example.org/privacy.",
        "none",
    ),
    (
        "FORMAL COMPLAINT\n\nThis is now the fifth week running that the green bins on Alder Road have not been emptied. I have reported it four times (refs WC-3381, WC-3402, WC-3467, WC-3519) and each time been told it will be 'escalated'. Nothing has happened. The bins are overflowing, the smell is disgusting and we now have rats by the back gates. I am not interested in another reference number. I want a written response from a manager explaining what went wrong and when it will be fixed.\n\nG. Whitcombe, 18 Alder Road",
        "complaint",
    ),
    (
        "Hi there,\n\nI've got a new tenant moving into 5 Pelham Terrace on the 1st. Could you tell me which day the recycling and general waste are collected on that street, and whether the bins stay with the property? I'd like to put it in the welcome pack.\n\nMany thanks,\nSandra Kettering\nKettering Lettings (2 properties)\n\nKettering Lettings is a trading name of S. Kettering. Data protection notice: we hold tenants' and contractors' personal data only for the purpose of managing our tenancies and in line with the UK GDPR. You can ask us to access, correct or delete your data at any time.",
        "none",
    ),
    (
        "Thanks for renewing my resident parking permit so quickly, no problems there. The only thing is that my card was charged twice for it - two payments of £95.00 on 3 May, both with reference PP-20931. Could you refund one of them, please? If that's not possible from your end I'll ask my bank to reverse it, but I'd rather sort it out with you.",
        "billing_dispute",
    ),
    (
        "What is the refund policy for the student annual travel pass if someone leaves their course halfway through the year? I'm not planning to drop out, my mum just asked me to check before she pays for the full year!",
        "none",
    ),
    (
        "Dear Student Office,\n\nI know the deadline for withdrawing with a tuition refund was 30 September. On the 26th my father was taken into intensive care abroad and I flew home the same night; I only got back on 14 October, by which time the deadline had passed. I have attached the hospital's letter and my flight tickets. I've now decided to defer to next year. Is there any way the fees for this term (£4,625) could still be refunded, even partly? I understand this is outside the normal rules.\n\nStudent number 2290417\nChidi Eze",
        "refund_exception",
    ),
    (
        "Back in March someone got into my pension portal and your team helped me lock it down and reset everything - thank you again, it's been fine ever since. I'd now like to add my daughter as a second contact on my account in case I'm ever unwell. Which form do I need? Member PF-771043.",
        "none",
    ),
    (
        "Dear Sir or Madam,\n\nI am the executor of my late uncle, Mr Harold Tembe, who died on 2 February. Please end the electricity and gas contract at 14 Brook Lane, Oxley, from the final meter readings below (taken 20 February), and close his customer account, number EN-3310-772. Please send the final statement to me at the address below rather than to the property, which is now empty.\n\nElectricity: 48821\nGas: 11907\n\nCopies of the death certificate and the grant of probate are enclosed.\n\nYours faithfully,\n\nRuth Tembe\n31 Fairfield Road, Oxley OX9 4HN",
        "account_closure",
    ),
    (
        "I'd like to make a complaint - about how kind your crew were! The bin men on Fenwick Street took my mum's bin down to the kerb for her on Tuesday because she's on crutches after her hip operation. Please pass on our thanks.",
        "none",
    ),
    (
        "Dear Ms Harrow,\n\nCase reference: URO-2024-18833\nYour customer: Mr Leonard Ashby, supply address 2 Quarry Cottages, Penmoor\n\nThe Utilities Redress Office has accepted a complaint from the above customer concerning back-billing of £2,930 for the period 2020-2023 and the threatened installation of a prepayment meter. Under the scheme rules you are now required to provide your complete case file, including all correspondence and meter-reading history, within 14 days of the date of this letter. Please take no further collection action on the disputed balance while our investigation is open.\n\nYours sincerely,\n\nOwen Pryce\nInvestigation Officer\nUtilities Redress Office\nTel 01632 960 114\n\nThe Utilities Redress Office is an independent dispute resolution body. This message is intended only for the addressee and may contain confidential information. If received in error, please inform us and delete it.",
        "legal",
    ),
    (
        "Please ignore my email from this morning about my lost library card, it was in my coat pocket all along. Sorry!",
        "none",
    ),
    (
        "I've been patient about this, but I'm going to be direct now. Your firm filed my 2022/23 return three weeks late and I have since received a penalty notice for £300 plus interest. Your engagement letter clearly says you would file by 31 January. I asked you twice in writing to cover the penalty and heard nothing back. My solicitor, Ms Farida Kahn of Kahn & Leary, will be writing to you this week, and if it isn't resolved we will be issuing a claim in the small claims court.\n\nRobert Maddox\nDirector, Maddox Joinery Ltd\nRegistered in England and Wales, company no. 99481207\nUnit 4, Kiln Yard, Hadley",
        "legal",
    ),
    (
        "Hello,\n\nThanks for the invoice below. No dispute at all, the amounts are correct and I'll pay by the due date. I just need an itemised version (with procedure codes) to send to my insurer so they can reimburse me. Could you email one to this address?\n\nThank you,\nLiang Wei\n\n> Dear Mr Liang,\n> Please find attached invoice INV-20931-H for your recent day-case procedure, total $1,184.00, due within 30 days.\n> If you wish to dispute any item on this invoice, please contact Patient Accounts within 30 days of the invoice date.\n> Northgate General Hospital - Patient Accounts",
        "none",
    ),
    (
        "Someone logged into my Hillnet customer portal last night from an address in another country (your alert came through at 02:14) and changed the router admin password and the email on the account. It wasn't me or anyone in the house. I've managed to get back in with the reset link, but I'm worried about what else they saw or changed. Customer ref HN-66190.",
        "security",
    ),
    (
        "My accountant has retired and I'm looking for someone to do my self-assessment. I had a letter from the tax office last year about a late-filing penalty, but that was cancelled on appeal so my record is clean. What do you charge for a simple return with rental income from one flat?",
        "none",
    ),
    (
        "Hi, bit embarrassing - I think I dropped my car club key card somewhere near the station on Saturday. I've searched the house and my coat pockets twice. Probably no one will pick it up, but could you deactivate it and send me a new one? Member 41187, Tomás Ribeiro.",
        "lost_stolen",
    ),
    (
        "Hello, I am new in the city since two weeks and I want to know how I can get parking permit for resident. My car has still foreign plates. Which documents I need to bring? Thank you very much for help.",
        "none",
    ),
    (
        "Dear Sir/Madam,\n\nI'm writing for my grandfather, Mr Albert Nkemelu, who is 89. Going through his card statement this weekend we found three payments to 'PARKCITY PERMITS' between 2 and 9 March, totalling £270. He hasn't driven since 2019 and sold his car then. Nobody in the family has bought permits on his card and he doesn't use the internet. We've already told his bank. Can you tell us what these permits were for, which vehicle registrations they were issued to, and cancel them?\n\nThank you,\nGrace Nkemelu (granddaughter)\n\n--\nSent from my phone. This email may contain confidential information intended only for the named recipient.",
        "unrecognised_payment",
    ),
    (
        "I saw the notice that the water will be off on Thursday from 9 until 1 for the mains replacement. That's no problem, but my tenant at no. 12 works nights and sleeps in the day - can you confirm it won't run later than 1pm? Landlord, account WT-330812.",
        "none",
    ),
    (
        "I wasn't going to bother since it's only £4.99, but it has now happened three months in a row: a charge on my card from 'POSTSVC TRACK+'. I have never signed up for any parcel tracking subscription with the post office, and I don't know who did. Please stop it and tell me how it was set up.",
        "unrecognised_payment",
    ),
    (
        "I saw a payment to 'CTYPRK SVCS' on my statement and nearly rang my bank, then noticed it matches the day I topped up your parking app. Is that the new name that shows on statements? Just want to note it for my records.",
        "none",
    ),
    (
        "Your permit portal has been down since this morning - every page just says 'Service Unavailable'. I've tried two computers and my phone. My visitor permit runs out at midnight and the phone line is just a recorded message. How am I supposed to renew?",
        "outage",
    ),
    ("Is bin day moved for Easter?", "none"),
    (
        "I have been a member of this library for forty-one years and have never been spoken to the way I was at the Eastgate branch on Tuesday. I asked a simple question about a reservation and the young man at the desk rolled his eyes and told me to 'look it up online like everyone else'. I am 78, I don't have a computer, that is why I came in. I was humiliated in front of a queue. Frankly, I don't know if I'll be coming back.",
        "complaint",
    ),
    (
        "General question: what happens to pension savings if a member dies before retiring? Does the family have to close the account, or is it passed on automatically? I'm 58 and perfectly healthy, I'm just getting my affairs in order.",
        "none",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\nbei Durchsicht meiner Kontoauszüge habe ich festgestellt, dass der Abschlag für Dezember (Strom, Vertragskonto 700 418 552) zweimal eingezogen wurde, einmal am 01.12. und nochmals am 04.12., jeweils 87,00 €. Ich bitte Sie, den doppelt abgebuchten Betrag bis zum 20.12. auf mein Konto zurückzuüberweisen. Andernfalls werde ich die zweite Lastschrift über meine Bank zurückgeben lassen.\n\nMit freundlichen Grüßen\nHildegard Brenner",
        "billing_dispute",
    ),
    (
        "Hallo, ich ziehe zum 1. Juli innerhalb der Stadt um (von der Goethestraße 12 in die Friedrich-Ebert-Str. 88). Kündigen möchte ich den Stromvertrag nicht, ich will ihn mitnehmen. Zählerstand alte Wohnung heute: 32 117. Was brauchen Sie noch von mir? Grüße, Jan Köhler, Kundennr. 7004 22 981",
        "none",
    ),
    (
        "Guten Tag, ich habe gestern Abend auf eine E-Mail geklickt, die angeblich von den Stadtwerken kam („Ihre Rückerstattung steht bereit“), und dort mein Passwort fürs Kundenportal und meine IBAN eingegeben. Erst danach ist mir die komische Absenderadresse aufgefallen. Heute früh komme ich nicht mehr in mein Konto, das Passwort wird abgelehnt. Bitte sperren Sie den Zugang! Kundennummer 55 310 874, Wolfgang Endres",
        "security",
    ),
    (
        "Liebe Stadtbücherei, mein Leseausweis war letzte Woche verschwunden, ich wollte ihn schon sperren lassen – aber er lag die ganze Zeit im Handschuhfach. Gemeldet habe ich also nichts. Kann ich ihn ganz normal weiterbenutzen? Danke und schöne Grüße, Ilse Vogt",
        "none",
    ),
    (
        "Betreff: Erstattung Abo April – immer noch nicht da\n\nHallo,\nich habe mein Monatsabo fristgerecht zum 31.03. gekündigt, die Bestätigung liegt mir vor. Trotzdem wurden für April noch einmal 58,00 € abgebucht. Am 8. April hat mir Ihre Kollegin Frau Sander schriftlich zugesagt, dass das Geld innerhalb von zwei Wochen zurückkommt. Jetzt haben wir Ende Mai und auf meinem Konto ist nichts angekommen. Wann kann ich damit rechnen?\n\nViele Grüße\nMehmet Yıldız\nAbo-Nr. 4471-0098",
        "refund_exception",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\nfür das Objekt Ahornweg 7 (6 Wohneinheiten) benötigen wir ab dem nächsten Quartal eine zusätzliche 240-Liter-Biotonne, da zwei Wohnungen neu vermietet wurden. Bitte teilen Sie uns mit, ob die Änderung bei Ihnen oder bei der Gemeinde beantragt werden muss.\n\nMit freundlichen Grüßen\ni. A. Petra Lindner\nSachbearbeitung Mietverwaltung\n\nLindner & Sohn Hausverwaltung GmbH\nBahnhofstraße 21 · 34999 Neustadt\nTel. 0561 000 4410\nAmtsgericht Neustadt HRB 99 1234 · Geschäftsführer: Karl Lindner\n\nDatenschutzhinweis: Informationen zur Verarbeitung personenbezogener Daten gemäß Art. 13 DSGVO finden Sie auf unserer Webseite. Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.",
        "none",
    ),
    (
        "Betreff: Kündigung Internetanschluss, Kd.-Nr. LN-20419\n\nSehr geehrte Damen und Herren,\n\nhiermit kündige ich den Vertrag über meinen Internetanschluss (LandNetz Basic 50) fristgerecht zum nächstmöglichen Termin. Bitte bestätigen Sie mir die Kündigung und das Vertragsende schriftlich. Nach Vertragsende bitte ich außerdem um Löschung meiner personenbezogenen Daten, soweit keine gesetzlichen Aufbewahrungspflichten bestehen. Den Router schicke ich zurück, sobald Sie mir einen Retourenschein zusenden.\n\nMit freundlichen Grüßen\nGerhard Albers\nHof Albers 3, 29999 Kleinwiesen",
        "account_closure",
    ),
    (
        "Guten Tag, meine Tochter hat mir erzählt, dass zurzeit viele Leute von Betrügern angerufen werden, die sich als Pensionskasse ausgeben. Bei mir hat zum Glück noch niemand angerufen. Aber rufen Sie Ihre Mitglieder überhaupt jemals an und fragen nach der Bankverbindung? Dann weiß ich Bescheid, falls es doch mal passiert. Mit freundlichen Grüßen, Erika Haas (Mitgl.-Nr. 0388 1270)",
        "none",
    ),
    (
        "Klinikum Neustadt – Patientenabrechnung\nUnser Zeichen: 142/24 SR\n\nSehr geehrte Damen und Herren,\n\nhiermit zeigen wir an, dass wir Frau Sabine Wendt anwaltlich vertreten; eine Vollmacht liegt bei. Unsere Mandantin bestreitet die Rechnung Nr. 2024-88172 über 1.946,30 € für wahlärztliche Leistungen, da eine wirksame Wahlleistungsvereinbarung nie unterzeichnet wurde. Wir fordern Sie auf, bis zum 30.06. sämtliche Mahnmaßnahmen einzustellen und uns gemäß Art. 15 DSGVO eine vollständige Kopie der Behandlungs- und Abrechnungsunterlagen zu übersenden.\n\nMit freundlichen Grüßen\n\nDr. Stefan Reuter\nRechtsanwalt\n\nReuter Kolb Rechtsanwälte PartG mbB\nMarktplatz 4, 34999 Neustadt\nAG Neustadt PR 1187\n\nDiese Nachricht ist vertraulich und kann dem Anwaltsgeheimnis unterliegen.",
        "legal",
    ),
    (
        "Hi, kurze Frage zur Rückmeldung: Die Frist für den Semesterbeitrag ist der 15.02., oder? Hab gehört, wer zu spät zahlt, wird exmatrikuliert, und das will ich echt nicht riskieren. Überweise morgen. Matrikelnr. 6120984",
        "none",
    ),
    (
        "Seit heute früh um sechs kommt bei uns kein Tropfen Wasser mehr aus der Leitung, in der ganzen Lindenstraße ist es genauso. Auf Ihrer Webseite steht nichts von Bauarbeiten und bei der Störungsnummer ist dauernd besetzt. Meine Mutter ist 91 und pflegebedürftig, wir brauchen dringend Wasser. Wann geht es wieder?",
        "outage",
    ),
    (
        "Hallo Herr Brandt,\n\ndanke, das Internet läuft seit gestern Abend wieder einwandfrei, das Telefon auch. Alles gut! Nur aus Neugier: Was war denn die Ursache? Der Bagger an der Kreisstraße?\n\nGruß\nAnneliese Maurer\n\n> Sehr geehrte Frau Maurer,\n> aufgrund einer Störung im Verteiler Kleinwiesen-Nord ist Ihr Anschluss derzeit nicht erreichbar. Unsere Techniker arbeiten mit Hochdruck an der Behebung.\n> Mit freundlichen Grüßen\n> Tobias Brandt, LandNetz Kundenservice",
        "none",
    ),
    (
        "Ich bin wirklich mit meiner Geduld am Ende. Seit elf Wochen warte ich auf den Umtausch meines alten grauen Führerscheins. Ich habe dreimal angerufen, zweimal geschrieben und war einmal persönlich da – jedes Mal heißt es nur „das dauert eben“. Niemand kann mir sagen, wo mein Antrag liegt. So geht man nicht mit Bürgern um! Ich erwarte eine Antwort von der Amtsleitung, sonst beschwere ich mich beim Oberbürgermeister.\nHans-Jürgen Pfeiffer, Antragsnr. FS-2024-03318",
        "complaint",
    ),
    (
        "Grüß Gott, stimmt es, dass man bei Verlust des Führerscheins eine eidesstattliche Versicherung abgeben muss? Ich frage für meinen Vater – er hat ihn noch, keine Sorge, er will nur wissen, was im Fall der Fälle auf ihn zukäme, weil er ständig alles verlegt.",
        "none",
    ),
    (
        "Bonjour,\n\nJe viens de recevoir une facture de régularisation de 1 240,18 € pour mon électricité (contrat n° 40 1188 2093). Je conteste ce montant : vous avez facturé sur la base d'une estimation de 14 800 kWh alors que mon compteur affiche 6 212 kWh, index que je vous ai transmis en ligne le 2 mars (j'ai gardé la capture d'écran). Je vous demande d'annuler cette facture et d'en établir une nouvelle sur l'index réel. En attendant, je n'autorise pas le prélèvement de ce montant.\n\nCordialement,\nMonique Ferrand",
        "billing_dispute",
    ),
    (
        "Bonjour, je voulais juste vous dire que le remboursement de mon pass Navette étudiant est bien arrivé sur mon compte ce matin. Merci et bonne journée ! Léa",
        "none",
    ),
    (
        "Madame, Monsieur,\n\nJe sais bien que l'abonnement annuel Trans'Agglo n'est en principe pas remboursable, c'est écrit dans les conditions. Mais mon mari a fait un AVC en janvier et nous avons dû quitter notre maison pour aller vivre chez notre fille, à 300 km d'ici. Nous n'utiliserons plus jamais ces deux cartes. Serait-il possible, à titre exceptionnel, de nous rembourser les mois restants ? Je joins le certificat médical et le justificatif de changement d'adresse.\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\nJosiane Lemaire",
        "refund_exception",
    ),
    (
        "Bonjour, petite question : si je pars vivre à l'étranger l'an prochain, est-ce que je pourrai résilier mon contrat de gaz sans frais ? Pour l'instant je ne bouge pas, c'est juste pour savoir. Merci.",
        "none",
    ),
    (
        "Bonsoir, on m'a arraché mon sac ce midi à l'arrêt de tram Les Tilleuls. Dedans il y avait ma carte d'abonnement (n° 2500 7718 3301) et le badge du parking résidentiel de la rue Colbert. J'ai porté plainte au commissariat. Pouvez-vous désactiver les deux au plus vite et m'indiquer comment les refaire ? Merci, Karim Benali",
        "lost_stolen",
    ),
    (
        "Bonjour,\n\nLa mairie de Saint-Aubin-des-Prés organise sa brocante annuelle le dimanche 8 septembre. Serait-il possible de prévoir un ramassage supplémentaire des encombrants et deux bennes pour le lundi matin, place de l'Église ? Merci de me confirmer les conditions et le coût éventuel.\n\nBien cordialement,\n\nNathalie Perrin\nSecrétaire de mairie\nMairie de Saint-Aubin-des-Prés\n2, place de la Mairie\nTél. 02 00 41 18 90\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données.",
        "none",
    ),
    (
        "Bonjour, je constate sur mon relevé un prélèvement de 59,90 € au nom de « REGIE EAUX VAL D'ORNE » daté du 5 avril. Je ne suis pas abonné chez vous, je n'ai jamais signé de mandat de prélèvement et je n'habite même pas dans votre secteur. Je n'ai rien demandé ! Merci de m'expliquer d'où vient ce prélèvement et de me rembourser. Bernard Caillaud",
        "unrecognised_payment",
    ),
    (
        "Bonjour, ma voisine s'est fait pirater son compte client sur votre site la semaine dernière. De mon côté je n'ai rien remarqué d'anormal, tout va bien, mais ça m'a inquiétée. Comment est-ce qu'on active la double authentification ? Merci d'avance, Colette Marchand",
        "none",
    ),
    (
        "Objet : Saisine du médiateur – réclamation n° 2024-0415\n\nMadame, Monsieur,\n\nMalgré mes deux réclamations écrites des 3 et 28 février concernant votre refus de prendre en compte la fuite après compteur, je n'ai reçu aucune réponse satisfaisante dans le délai de deux mois. Je vous informe donc que j'ai saisi ce jour le Médiateur de l'eau et que j'ai transmis une copie du dossier à une association de défense des consommateurs. Je vous mets par ailleurs en demeure de suspendre toute procédure de recouvrement jusqu'à la décision du médiateur.\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nAlain Dupuy-Roche",
        "legal",
    ),
    ("Bonjour, à quelle date passe le camion des déchets verts à Saint-Aubin ce mois-ci ?", "none"),
    (
        "Objet : Résiliation de mon abonnement internet – réf. client RUR-88120\n\nMadame, Monsieur,\n\nPar la présente, je vous informe de ma décision de résilier mon abonnement Campagne Fibre. J'entre en maison de retraite à la fin du mois. Je vous remercie de me faire parvenir la confirmation de résiliation ainsi que la marche à suivre pour rendre la box.\n\nSalutations distinguées,\nRaymond Giraud\n\n(courriel rédigé pour lui par sa petite-fille, Manon Giraud)",
        "account_closure",
    ),
    (
        "Bonjour, je suis en première année de master et j'ai besoin d'une attestation de scolarité pour la préfecture. Un copain m'a dit que l'ENT de la fac était en panne la semaine dernière, mais chez moi tout marche, c'est juste que je ne trouve pas où cliquer pour la télécharger. Vous pouvez m'aider ? Merci, Ahmed",
        "none",
    ),
    (
        "Trois mois. Ça fait TROIS MOIS que l'ascenseur du bâtiment C est en panne et que personne ne bouge. J'habite au 7e avec une prothèse de genou, je ne sors quasiment plus de chez moi. J'ai appelé votre agence une dizaine de fois, on me répond toujours « le technicien est prévenu ». C'est honteux pour un bailleur social. Je dépose une réclamation officielle et j'attends une réponse écrite du directeur d'agence.\nMme Odile Fabre, résidence Les Glycines, bât. C, appt 71",
        "complaint",
    ),
    (
        "Buenos días. Este trimestre me han cobrado dos veces el recibo del agua, 63,48 € el día 5 y otra vez lo mismo el día 9, con la misma referencia (contrato 301-44-2087). Ya llamé el lunes y me dijeron que lo revisarían, pero no sé nada. Si no me lo devuelven esta semana, devolveré el segundo cargo desde el banco. Un saludo, Rosario Benítez",
        "billing_dispute",
    ),
    (
        "Buenas, ¿cómo se pide la tarjeta de residente para aparcar en zona verde? Vivo en la calle Almendro, 14.",
        "none",
    ),
    (
        "Hola, en febrero me anularon la cita del examen práctico del carné porque el examinador estaba de baja, y en la jefatura me dijeron que me devolverían la tasa de 94,05 € en un plazo de 30 días. Han pasado cuatro meses y no me ha llegado nada. He mandado el justificante dos veces. ¿Alguien me puede decir qué pasa con mi devolución? Expediente T-2024-5590, Iván Soler.",
        "refund_exception",
    ),
    (
        "Hola, hace unos meses os escribí porque me habíais cobrado dos veces la tasa de basuras, pero ya está solucionado, me devolvisteis el dinero enseguida. Ahora lo que quiero es domiciliar los recibos en otra cuenta de otro banco. ¿Qué tengo que hacer?",
        "none",
    ),
    (
        "Buenas tardes. Alguien ha entrado en mi cuenta de Comparticoche y ha cambiado el correo electrónico y el número de móvil. Me he enterado porque me llegó un aviso al correo antiguo. Ahora no puedo acceder y tengo la tarjeta guardada en la cuenta. Por favor, bloqueadla cuanto antes. Socia n.º 22841, Marta Quintana",
        "security",
    ),
    (
        "Les escribo de parte de mi madre, que tiene 84 años y no se maneja con el ordenador. Le da mucho miedo que le roben la tarjeta del bus, porque la lleva siempre en el bolso con el monedero. Que yo sepa nunca le ha pasado. ¿Se puede poner la tarjeta a su nombre para que, si algún día ocurre, no pierda el saldo? Gracias, Lucía Herrero",
        "none",
    ),
    (
        "Hola, escribo porque mi padre ha perdido la tarjeta del abono de transporte para mayores, creemos que el jueves en el centro de salud. Ya hemos preguntado allí y no la tienen. ¿Cómo la anulamos y pedimos un duplicado? El número que tenemos apuntado es 0044 7712 9. Muchas gracias, Andrés (hijo de Tomás Vidal)",
        "lost_stolen",
    ),
    (
        "Estimados señores:\n\nEn nombre de nuestro cliente, D. Francisco Morales Ruiz, partícipe n.º 77-30125, les solicitamos el certificado de retenciones e ingresos a cuenta del ejercicio anterior, necesario para presentar su declaración de la renta. Adjuntamos la autorización firmada por el cliente.\n\nAtentamente,\n\nElena Campos\nDepartamento Fiscal\nGestoría Campos y Asociados, S.L.\nC/ Mayor, 18, 2.º\nInscrita en el Registro Mercantil, Tomo 1.234, Folio 56, Hoja V-7890\n\nAVISO LEGAL: Este mensaje y sus anexos son confidenciales y van dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su eliminación. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos serán tratados por Gestoría Campos y Asociados, S.L., ante la cual podrá ejercer sus derechos de acceso, rectificación y supresión.",
        "none",
    ),
    (
        "Hola. Me ha aparecido en la tarjeta un cargo de 220,00 € del «HOSPITAL SAN RAMON - FACTURACION» con fecha 12 de marzo. Yo no he estado nunca en ese hospital, ni yo ni nadie de mi familia, y no le he dado la tarjeta a nadie. No reconozco ese pago. ¿Me pueden decir a qué corresponde y anularlo? Ya he avisado al banco. Ramón Ortega",
        "unrecognised_payment",
    ),
    (
        "Buenos días, ¿el hospital permite pagar la factura a plazos? No es que haya ningún problema con el importe, está todo correcto, pero son 1.300 euros y de golpe me viene fatal. Gracias.",
        "none",
    ),
    (
        "Llevamos tres días sin internet en todo el pueblo. No funciona nada, ni el router ni el fijo. ¿Cuándo lo vais a arreglar?",
        "outage",
    ),
    (
        "Mi hijo me ha dicho que no haga caso si me llega un SMS de Correos pidiendo los datos del banco para entregar un paquete, que es un timo. A mí todavía no me ha llegado ninguno, pero quería confirmarlo con ustedes: Correos nunca pide eso por SMS, ¿verdad? Un saludo, Pilar",
        "none",
    ),
    (
        "Hola, quería daros las gracias: el curso pasado puse una reclamación por el ruido en la sala de estudio y este año está tranquilísima, se nota el cambio. Por cierto, ¿hasta qué hora abrís en época de exámenes?",
        "none",
    ),
)

# Set V: written blind on 2026-12-07 (tenth session) by a writer who read no code of the project:
# veterinary clinics and pet insurance, a car repair garage, a coworking space, movers, a wedding
# venue, a photo studio, an online pharmacy, solar installers, alarm monitoring, a language school,
# a second-hand electronics marketplace, a marina, cloud accounting; tradespeople on phones,
# non-native writers, accounts departments, signatures and quoted replies, one-liners and rambling
# mails with the point in the middle. Kept unread: only its figures are read.
SPOKEN_CHECKS_V: tuple[tuple[str, str], ...] = (
    (
        "Hi mate, got ur invoice for the Transit, 680 quid for the clutch when you quoted me 420 on the phone. Nobody rang me to OK extra work. Not paying the difference and I've already told my card company I'm disputing it.\nDave\nDH Plastering Ltd",
        "billing_dispute",
    ),
    (
        "Do you see rabbits? Got a new bunny who needs a check up and nails done.",
        "none",
    ),
    (
        "Guten Tag,\nauf der Rechnung Nr. CW-2291 für März stehen zwei Tagespässe (12.03. und 19.03.), die ich nie genutzt habe – an beiden Tagen war ich nachweislich auf Dienstreise. Ich widerspreche dieser Belastung und habe meine Bank gebeten, die Lastschrift zurückzubuchen.\nMit freundlichen Grüßen\nJana Kowalski",
        "billing_dispute",
    ),
    (
        "Hello, before I sign up for the Gold plan for my two cats - how does your refund work if I cancel the pet insurance within the first month? Do I get everything back or is there a fee? Just want to understand before I buy.",
        "none",
    ),
    (
        "Dear Sir/Madam,\n\nOur accounts department has reviewed invoice MV-55812 for the office relocation on 22 January. The invoice charges 9 hours of labour for a crew of four, whereas the timesheet signed by your crew leader shows 6 hours. We are therefore disputing £312.00 of this invoice and have placed it on hold until a corrected invoice is issued.\n\nKind regards,\nAccounts Payable\nHarlow Dental Group\nTel 01279 448 210",
        "billing_dispute",
    ),
    (
        "You told me on 3 May the refund for cancelled order PH-40917 would be back in 3-5 days. Its now 4 weeks. Nothing on my statement. Where is my money",
        "refund_exception",
    ),
    (
        "hi the brake issue from last month got sorted by Tom thanks for that. Now need to book the Golf in for its main service, any slot next week? mornings best",
        "none",
    ),
    (
        "Hello Sophie,\n\nThank you again for the lovely mini session plans last autumn, the samples you sent were beautiful. I've been putting off writing this. My mother passed away the week of our booked shoot and we just couldn't go ahead. I know your terms say the deposit is non-refundable, but would you consider refunding the £150 as an exception given the circumstances? I completely understand if not.\n\nWarmly,\nRachel Okafor",
        "refund_exception",
    ),
    (
        "Could you please send us a copy of invoice INV-2024-0913 (September subscription)? Our auditors have asked for the original PDF and we can't find it in the portal.\n\nMany thanks,\nPriya Nair\nFinance Department | Greenway Joinery Ltd",
        "none",
    ),
    (
        "Bonjour,\nJ'ai dû abandonner le cours intensif d'allemand après la deuxième semaine pour des raisons médicales (certificat en pièce jointe). Je sais que votre règlement ne prévoit pas de remboursement une fois les cours commencés, mais je vous demande à titre exceptionnel le remboursement des six semaines non suivies, soit 640 €.\nCordialement,\nAmélie Durand",
        "refund_exception",
    ),
    (
        "How many guests does the barn hold for a seated dinner? We're looking at a Saturday in September 2026.",
        "none",
    ),
    (
        "sent back the ipad (order SH-77310) on the 2nd, tracking says u got it on the 5th and the chat lady Priya said refund approved. 19 days later still nothing. pls sort",
        "refund_exception",
    ),
    (
        "Hi, my card on file runs out end of this month, bank already sent me the new one. How do I update the card number in the alarm app so the monitoring payment doesn't fail? Thanks, Gary",
        "none",
    ),
    (
        "Hi Martin,\n\nI know the 14-day cooling-off period ended last week, so I understand we're technically outside it. But your own surveyor came out on Tuesday and said the roof structure can't take the panels at all without rebuilding the trusses, which we can't afford. Since the installation literally cannot happen, we're asking for the £1,500 deposit back even though it's past the window.\n\nThanks,\nNeil and Carys Pritchard",
        "refund_exception",
    ),
    (
        "Need to cancel Milo's vaccination appointment Thursday 10:40 - car's in the garage. Can we move it to sometime next week? Any afternoon.",
        "none",
    ),
    (
        "Please cancel my monitoring contract from the end of this month, we've sold the house and complete on the 28th. Account AL-30482. Do not auto renew.\nThanks\nBrian Whitlock",
        "account_closure",
    ),
    (
        "Guten Tag, bieten Sie auch Abendkurse für Spanisch B1 an? Und wie viele Teilnehmer sind ungefähr in einer Gruppe?",
        "none",
    ),
    (
        "Hallo,\nbitte kündigen Sie unser Abonnement (Kundennummer 88120-K) zum nächstmöglichen Termin. Nach der Kündigung bitten wir um vollständige Löschung aller unserer Buchhaltungsdaten und eine kurze Bestätigung per E-Mail.\nDanke und Gruß\nStefan Brandt\nBrandt Elektrotechnik GmbH",
        "account_closure",
    ),
    (
        "Out of curiosity, what kind of info do you actually keep about me? It's health stuff so I just wondered how long you store prescriptions. Not asking you to delete anything, happy to stay a customer, just interested.",
        "none",
    ),
    (
        "Hey so long story, I started selling on here back in 2019 when I was clearing out my dad's old cameras, and honestly it went great for a while, sold loads of lenses and a couple of Walkmans even. Then I moved flats and it all went quiet. Anyway I'm not going to be selling anymore so please delete my seller account and all my personal data, including the old bank details and address. I think my username is retroglass_jo. Also the app keeps sending me notifications which is partly why I'm doing this lol.\n\nCheers,\nJo",
        "account_closure",
    ),
    (
        "Kurze Frage: Wenn ich meine Zugangskarte für den Coworking-Space mal verlieren sollte, was kostet eine Ersatzkarte? Ist nicht passiert, ich will es nur für die Planung wissen.",
        "none",
    ),
    (
        "Hola, quiero dar de baja mi membresía fija del coworking a partir del 1 de julio. Por favor confirmadme que no se me cobrará más y que se cancela el contrato. Socio nº 2217.\nGracias,\nLucía Ferrer",
        "account_closure",
    ),
    (
        "How long till the edited photos from Saturday's shoot are ready? My mum keeps asking lol",
        "none",
    ),
    (
        "Dear PetShield,\n\nI am writing to inform you that I have instructed a solicitor regarding your refusal of claim PI-60231 for Bella's cruciate ligament surgery. I consider the refusal to be in breach of the policy terms. Please direct all further correspondence on this matter to Hargreaves & Lowe LLP, whose details are below.\n\nYours faithfully,\nMargaret Ellis",
        "legal",
    ),
    (
        "We had a power cut in our whole street yesterday (grid problem, nothing to do with you). Does the battery you installed keep the house running when that happens, or do the panels shut off too? Just want to know how it works.",
        "none",
    ),
    (
        "To the Data Protection Officer,\n\nUnder Article 15 of the UK GDPR, I request a copy of all personal data you hold about me, including my prescription and order history, any notes made by your pharmacists, and details of any third parties my data has been shared with. Please respond within the statutory one-month period.\n\nCustomer ref: RX-118842\nDaniel Mercer",
        "legal",
    ),
    (
        "Bonjour, je voudrais annuler mon cours de jeudi 18h (pas l'inscription, juste la séance) et le rattraper samedi matin si c'est possible. Merci ! Léa",
        "none",
    ),
    (
        "Madame, Monsieur,\nSuite à la casse de mon piano lors du déménagement du 12 mars et en l'absence de toute réponse à mes trois courriers, je vous informe que j'ai saisi la DGCCRF. Mon avocat vous adressera une mise en demeure dans les prochains jours.\nVeuillez agréer mes salutations distinguées.\nPhilippe Garnier",
        "legal",
    ),
    (
        "Does your insurance cover things if they get broken during the move? Got a glass cabinet and a big TV. Just want to understand how it works before I book.",
        "none",
    ),
    (
        "Just so you're aware, I've filed a claim in the small claims court against the marina for the damage to my hull when your crane operator dropped the cradle on 4 October. You'll receive the papers shortly. Berth C-14, vessel Marigold.",
        "legal",
    ),
    (
        "Hola, el año pasado tuve un problema con un cargo duplicado en el amarre pero ya me lo devolvieron, todo bien, gracias. Ahora quería reservar amarre para un velero de 11 m del 1 al 31 de julio. ¿Tenéis sitio?\nUn saludo,\nJavier",
        "none",
    ),
    (
        "Hi, the alarm app is showing my account logged in on a Samsung phone. I've only got an iPhone and so does my wife. Also the history says the system was disarmed at 3:12am last night and we were both asleep upstairs. What is going on?",
        "security",
    ),
    (
        "Can I get my repeat prescription delivered to my work address instead of home from now on?",
        "none",
    ),
    (
        "Someone changed the password on our company login this morning, none of us did it. When I try to reset, the 2FA code goes to a phone number ending 0391 that isn't ours. We have all our client ledgers in there, please help urgently.\n\n--\nOwen Hughes\nHughes & Partners Bookkeeping",
        "security",
    ),
    (
        "How do I close the financial year in the software? The 'Close period' button is greyed out for FY24 and our accountant is waiting.",
        "none",
    ),
    (
        "Hola, recibí un correo supuestamente de ustedes pidiendo que verificara mi cuenta y puse mi contraseña. Ahora veo que mis anuncios tienen otros precios y la cuenta bancaria para cobrar es otra que no es mía. ¿Qué hago?",
        "security",
    ),
    (
        "Is there a way to give my cleaner her own temporary code for the alarm? I don't want to share my main code with her.",
        "none",
    ),
    (
        "Got an email saying the password for my member portal was changed. I didn't change anything. Now I can't log in and there's a booking for the big meeting room on Friday under my name that I never made. Member 3390, Hamid.",
        "security",
    ),
    (
        "Hi there,\n\nBit of a ramble, sorry. Our spaniel Biscuit has been with you since he was a puppy and your team were amazing when he had that ear infection back in March, that's all fully sorted now and the claim was paid no problem. Anyway, we've just adopted a rescue greyhound called Pepper (3 years old, very shy) and I'd like to add her to the same policy if that's possible, or tell me if she needs her own. She's had her vaccinations. Oh and I should mention Biscuit's birthday is next week so he'll move up an age band, does that change the premium?\n\nThanks so much,\nHelen\n\nOn Tue, 4 Jun 2024 at 10:12, PetShield Claims <claims@petshield.example> wrote:\n> Dear Mrs Carter, we're pleased to confirm claim PI-51007 has been approved.",
        "none",
    ),
    (
        "Liebes Studio-Team,\nmehrere meiner Kundinnen haben heute eine E-Mail von Ihrer Studio-Adresse bekommen, mit einem Link, um angeblich offene Rechnungen per Kreditkarte zu bezahlen. Das sieht stark nach Phishing aus. Wurde Ihr Konto gehackt oder gab es ein Datenleck? Meine Kundendaten liegen ja auch in Ihrer Galerie.\nViele Grüße\nKatrin Vogel",
        "security",
    ),
    (
        "What's the typical lead time for installation after the survey? We're in the LS6 area.",
        "none",
    ),
    (
        "Our house keys and the alarm fob were stolen from my van last night outside a job. Please deactivate fob no. 3 straight away, account AL-71105. Will call the police too.",
        "lost_stolen",
    ),
    (
        "Bonjour, avez-vous une place pour un voilier de 9,5 m du 3 au 17 août ? Avec branchement électrique si possible.\nMerci,\nYann Le Gall",
        "none",
    ),
    (
        "lost my access card somewhere on the train this morning, member #4471, can u block it pls",
        "lost_stolen",
    ),
    (
        "Buenas, necesito presupuesto para una mudanza de un piso de 2 habitaciones de Valencia a Madrid a finales de mayo. Hay un tercero sin ascensor.",
        "none",
    ),
    (
        "Bonjour, on m'a volé mon téléphone hier soir dans le métro. L'application de l'école était connectée dessus avec ma carte bancaire enregistrée. Pouvez-vous bloquer l'accès à mon compte élève ? Numéro étudiant 20-5583.\nMerci d'avance,\nSamir Benali",
        "lost_stolen",
    ),
    (
        "Do you have lockers? and is there parking for a van, I'd be in 3 days a week",
        "none",
    ),
    (
        "Hi, someone took the marina keycard (gate and shower block) off my boat while I was ashore yesterday, the cabin was forced. Card number 0917, pontoon D. Please cancel it and tell me how I get a new one.",
        "lost_stolen",
    ),
    (
        "I'm listing an old iPhone and wondered what your policy is on lost or stolen devices being sold here. How do you check IMEIs? Mine's fine, bought new, I just want to know buyers will trust it.",
        "none",
    ),
    (
        "My bank says the payment of £64.99 to you on 11 Feb is one I never authorised. I've never ordered anything from your pharmacy. Can you tell me what it was for?",
        "unrecognised_payment",
    ),
    (
        "How do I change the shipping option on my listing to include tracked delivery?",
        "none",
    ),
    (
        "Hello, there's a debit of £41.10 on my statement from PETSHIELD INS and I have no idea what it is. I cancelled my dog's policy two years ago when he passed and I don't have any other pets. Please explain.",
        "unrecognised_payment",
    ),
    (
        "Can we import our chart of accounts from a CSV? We're finally moving off spreadsheets.",
        "none",
    ),
    (
        "Guten Tag,\nauf meinem Kontoauszug ist eine Abbuchung über 249 € mit dem Verwendungszweck 'SolarNord Service 07/24'. Ich habe aber keinen Wartungsvertrag mit Ihnen abgeschlossen und kann die Buchung nicht zuordnen.\nGruß, Thomas Lehmann",
        "unrecognised_payment",
    ),
    (
        "The battery in the kitchen sensor keeps chirping, which battery type do I need to buy?",
        "none",
    ),
    (
        "Dear Lingua Academy,\n\nOur finance team has found a transaction of $380.00 with the descriptor LINGUA*ACADEMY on one of our corporate cards (ending 6624), dated 2 August. Nobody in the company can account for it and we have no record of any course enrolment. Please provide details of what this relates to.\n\nBest regards,\nAccounts Department\nMeridian Freight Solutions",
        "unrecognised_payment",
    ),
    (
        "do u do aircon regas, how much for a 2015 astra",
        "none",
    ),
    (
        "Hola, me aparece un cargo de 79,00 USD de su empresa en la tarjeta y no tengo ni idea de qué es. Nunca me he registrado en su programa de contabilidad.",
        "unrecognised_payment",
    ),
    (
        "Had a chargeback drama with a different garage last year so I'm asking upfront this time: do you give a written quote before starting any work? Need the timing belt done on a Berlingo.",
        "none",
    ),
    (
        "Is your monitoring centre down?? Panel been saying COMMS FAIL since 7pm and my neighbour who's also with you has the same thing.",
        "outage",
    ),
    (
        "My son is 14, can he join the English summer course in July, and do you arrange host families?",
        "none",
    ),
    (
        "Nobody in our office can log in since about 9am, just getting error 503. Bank feeds also stopped updating overnight. Is it down for everyone? Payroll run is today.\n\nRegards,\nFiona\nOffice Manager, Castle Veterinary Group",
        "outage",
    ),
    (
        "Can we bring our own caterer or do we have to use yours? Also is there a corkage fee?",
        "none",
    ),
    (
        "Bonjour, votre site de commande ne fonctionne plus depuis ce matin : impossible de valider le panier, ça tourne dans le vide. Mes collègues à la pharmacie ont le même souci sur leurs ordinateurs. C'est en panne chez vous ?",
        "outage",
    ),
    (
        "Hi, could you send over your VAT number and bank details on letterhead please? We need to set you up as a supplier before we can pay for the staff headshots.\n\nThanks,\nAccounts Team\nBrightwell Architects",
        "none",
    ),
    (
        "wifi on 3rd floor is dead for everyone since lunch, whole row of us have client calls this afternoon, anyone on it??",
        "outage",
    ),
    (
        "Does the Gold policy cover dental cleaning or only extractions after an accident?",
        "none",
    ),
    (
        "Absolutely disgusted. Your crew turned up 4 hours late, scratched the oak floor all the way down the hall and left a wardrobe in pieces in the garage. When I rang the office I got laughed at. If I don't hear from a manager today I'm putting this everywhere online and I'll never use you again.",
        "complaint",
    ),
    (
        "What time does the fuel dock close on Sundays? And is it card only?",
        "none",
    ),
    (
        "Dear Ms Harper,\n\nI'd like to start by saying the venue itself was beautiful and our guests loved the gardens. We also appreciated the tasting in April. However, I wish to make a formal complaint about the handling of our wedding reception on 8 June. The evening buffet was served over an hour late, the bar closed early without explanation, and our coordinator was unreachable for most of the night. We paid a considerable sum and feel let down on the most important day of our lives. I would like a written response explaining what went wrong.\n\nYours sincerely,\nThomas and Aisha Bennett\n\nOn Mon, 10 Jun 2024, Events Team wrote:\n> Thank you for celebrating with us! We hope you had a wonderful day.",
        "complaint",
    ),
    (
        "Can you provide boxes and packing materials? And do you move pianos, it's an upright.",
        "none",
    ),
    (
        "Ich bin sehr unzufrieden. Das ist jetzt das dritte Mal, dass mein Auto wegen desselben Klopfgeräuschs bei Ihnen in der Werkstatt war, und jedes Mal zahle ich und das Geräusch ist nach zwei Tagen wieder da. Wenn das so weitergeht, gehe ich zur Konkurrenz.",
        "complaint",
    ),
    (
        "Are you open over the Easter bank holiday weekend? We'd like to come and view the studio for our family shoot.",
        "none",
    ),
    (
        "We've been with your practice 11 years, three dogs. Yesterday we waited 90 minutes with Rosie in pain, the receptionist was rude to my husband and nobody apologised. I'm seriously thinking about moving to another vet and I want someone senior to call me back.",
        "complaint",
    ),
    (
        "Hi, someone in my family hacked together a little slideshow from the gallery and everyone loved it. Can we also use the images for a printed photo book, or what does the licence allow?",
        "none",
    ),
    (
        "Dear Sir or Madam,\n\nThank you for the quick installation last spring, the system has been running well. However we have been billed for the annual premium monitoring plan (€1,188) on 1 March, when we explicitly chose the monthly plan at signup - I have the confirmation email. I've spoken to your support twice and was told someone would call back. As nobody did, I have opened a chargeback with American Express for the full amount. I'm happy to withdraw it once the correct monthly charge is applied.\n\nBest,\nMarco Ricci\n\nOn Thu, 7 Mar 2024, Billing <billing@example.com> wrote:\n> Your annual invoice is attached.",
        "billing_dispute",
    ),
    (
        "Hola, nos cobraron 900 euros extra por horas adicionales en la boda del 14 de junio, pero la fiesta terminó exactamente a la hora acordada en el contrato. No estamos de acuerdo con ese cargo y queremos que lo anulen. Si no, lo reclamaremos al banco.\nSaludos,\nElena y Pablo",
        "billing_dispute",
    ),
    (
        "Please could you update the billing address on our account to Unit 4, Canal Wharf, Leeds LS11 5PS, and confirm the date the direct debit will be taken this month?\n\nKind regards,\nSarah Whitfield\nAccounts Assistant | Northfold Design Studio",
        "none",
    ),
    (
        "Hi, do you do Saturday appointments for cats? Ours hates the car so shorter wait is better.",
        "none",
    ),
    (
        "Quick one - the laptop I bought last week (order SH-80264) came with a UK plug but I'm in Ireland, same plug so no issue, but does the 6 month warranty still apply if I take it abroad on holiday?",
        "none",
    ),
)

# Set W: written blind on 2026-12-07 (tenth session) by a writer who read no code of the project:
# an online bank and a neobank card, a gym chain, a fashion shop, meal kits, streaming TV, an
# airline's loyalty programme, home insurance, smart-home devices, a university fees office,
# ride-hailing, crowdfunding; website chat bursts, unpunctuated paragraphs, British understatement,
# American directness, Indian English, pasted statement lines and error codes. Kept unread: only
# its figures are read.
SPOKEN_CHECKS_W: tuple[tuple[str, str], ...] = (
    (
        "Hi. Quick one. My statement shows 3 payments to you on 14 March, £42.99 each. I only ordered once (order FS-20931). Could you reverse the other two please?",
        "billing_dispute",
    ),
    (
        "What time does the Manchester Piccadilly gym open on the bank holiday Monday? Thanks.",
        "none",
    ),
    (
        "How does a chargeback actually work? I don't need one, I'm just curious what happens on your side if a customer raises one against a shop.",
        "none",
    ),
    (
        "got a text saying my login was changed, wasn't me\nnow the app won't accept my passcode\nplease help, my salary lands on this card tomorrow",
        "security",
    ),
    (
        "Hello, I was promised a refund of £212.40 for the cancelled seat upgrade back on 2 February (case ref LX-55812). Your colleague said 5-7 working days. It's now the middle of April and nothing has arrived. I'd be grateful if someone could look into it.",
        "refund_exception",
    ),
    (
        "How long does standard delivery take to Ireland? And will I have to pay any customs on top?",
        "none",
    ),
    (
        "What should I do if I ever lose my card while I'm abroad? Going to Portugal next month and just want to be prepared 🙂",
        "none",
    ),
    (
        "What is this?\nCARD PAYMENT 12/06 PYMT*GLBL-SVCS 7731 LONDON GB £129.00\nI've never heard of this company and I certainly didn't authorise it.",
        "unrecognised_payment",
    ),
    (
        "Hiermit kündige ich meine Mitgliedschaft im Studio Leipzig-Zentrum fristgerecht zum nächstmöglichen Termin. Mitgliedsnummer 700-3391. Bitte bestätigen Sie mir die Kündigung schriftlich.",
        "account_closure",
    ),
    (
        "Hi, just wanted to say the problem with the app not loading my transactions last week is fixed now. Thanks for sorting it so quickly!",
        "none",
    ),
    (
        'Is the app down?? Can\'t log in, it just keeps saying "Error 503: Service Temporarily Unavailable". I need to pay my rent today 😩',
        "outage",
    ),
    (
        "Can I swap the chicken recipe in next week's box for the vegetarian one? Order number MK-77105.",
        "none",
    ),
    (
        "This is the third time my meal kit has turned up with the meat warm. Three times. I'm done. If it happens once more I'm cancelling and putting the photos on Trustpilot for everyone to see.",
        "complaint",
    ),
    (
        "My card expired at the end of last month. How do I update it on my account so the next box still goes out on Friday?",
        "none",
    ),
    (
        "I was charged $89 for the annual gym renewal after I explicitly turned off auto-renew in the app in January. I have the screenshot. Reverse it or I'm filing a chargeback with my card issuer.",
        "billing_dispute",
    ),
    (
        "Bonjour, j'ai retourné une robe il y a un peu plus de 40 jours. Je sais que votre délai est de 30 jours, mais j'étais hospitalisée à ce moment-là. Serait-il possible de faire une exception et de me rembourser quand même ? Commande n° 88-41207.",
        "refund_exception",
    ),
    (
        "Can I cancel my spin class booking for Thursday at 7pm? Something's come up at work. Not the membership, just the class!",
        "none",
    ),
    (
        "How many screens can I watch on at the same time with the Family plan?",
        "none",
    ),
    (
        "My purse was nicked on the Tube this morning with my debit card in it. Can you freeze the card? Last four digits 8812.",
        "lost_stolen",
    ),
    (
        "I've been more than patient regarding the escape-of-water claim on policy HX-448120, but I have had nothing from you in eleven weeks. I'm going to let my solicitor deal with this from now on, and you'll hear from her directly.",
        "legal",
    ),
    (
        "For an incident report at work I need to know whether your platform had an outage last night between roughly 1am and 3am. Everything is working fine now, I just need the exact times for the write-up.",
        "none",
    ),
    (
        "When do my tier points reset? I'm about 300 short of Gold and trying to work out if it's worth one more trip before the end of the year.",
        "none",
    ),
    (
        "Jemand hat die E-Mail-Adresse in meinem Streaming-Konto geändert und ich komme nicht mehr rein. Auf meinem Profil laufen jetzt Serien, die ich nie angeschaut habe. Was kann ich tun?",
        "security",
    ),
    (
        "I'd like to download a copy of my order history and account details for my own records. Is there a button for that somewhere in the settings?",
        "none",
    ),
    (
        "The project I backed (Lumora desk lamp, campaign #40219) was cancelled by the creator in December and your site said every backer would be refunded. I still haven't received my $175. It has been 11 weeks.",
        "refund_exception",
    ),
    (
        "Could you send me a copy of my policy schedule please? My mortgage lender has asked for it. Policy number HM-2290318.",
        "none",
    ),
    (
        "Respected Sir/Madam, I have been charged a late payment fee of £150 on my tuition account (Student ID 2214587) even though I paid the instalment on 28th September itself. The bank reference is UTR 330918845512. Kindly remove the same as this is not correct.",
        "billing_dispute",
    ),
    (
        "My friend had a bad experience with one of your drivers and asked me how your complaints procedure works. Where does she submit it and roughly how long does it take to hear back?",
        "none",
    ),
    (
        "None of my lights or the thermostat respond from the app since this morning's update. The hub light is flashing orange. Is your cloud service down?",
        "outage",
    ),
    (
        "Does the Aero thermostat work with Google Home, or only with your own app?",
        "none",
    ),
    (
        "Wie lange dauert eine Rückerstattung normalerweise, wenn ich einen Artikel innerhalb der Frist zurückschicke? Ich überlege, zwei Jacken in verschiedenen Größen zu bestellen und eine davon zurückzuschicken.",
        "none",
    ),
    (
        "Hello, hope you're well. I wanted to ask how stretch goals work on campaigns, as I'm thinking of backing a board game. Also, slightly odd, but there's a payment of €60 on my card statement from your platform dated 2 May and I can't think what it is. I haven't backed anything since last year.",
        "unrecognised_payment",
    ),
    (
        "Dear Sir, kindly let me know the last date for paying second semester fees and whether payment through international wire transfer is accepted. Student no. 23-44190. Thanking you.",
        "none",
    ),
    (
        "I'd like to make a formal complaint about the way I was spoken to by a member of staff at your Bristol Harbourside gym on Saturday. I found it rather upsetting, frankly.",
        "complaint",
    ),
    (
        "Bonjour, je voulais juste vous dire que le remboursement est bien arrivé ce matin sur mon compte. Merci beaucoup pour votre aide !",
        "none",
    ),
    (
        "Me han robado el móvil en el metro y tengo la app del banco instalada. ¿Pueden bloquear el acceso y la tarjeta virtual? Les escribo desde el ordenador de una amiga.",
        "lost_stolen",
    ),
    (
        "How do I add a work profile so that my ride receipts go straight to my company email?",
        "none",
    ),
    (
        "Please close my current account and my instant-access savings account and transfer the remaining balance to my account at another bank (sort code 20-45-77, account 63018842). I'd also like written confirmation once everything is fully closed.",
        "account_closure",
    ),
    (
        "Could I skip next week's delivery? I'm away on holiday. Not cancelling anything, just want to skip that one box.",
        "none",
    ),
    (
        "Hi, I've just noticed 48,000 miles were redeemed from my account for flights to Bangkok that I didn't book. My password was also reset on Sunday, which I didn't request. Could someone look at this fairly urgently please?",
        "security",
    ),
    (
        "What's the platform fee for a campaign that raises somewhere around £8,000?",
        "none",
    ),
    (
        'In meiner Kontoübersicht steht eine Lastschrift über 249,00 € von "NVX Digital Ltd". Die Firma kenne ich nicht und ich habe dort nichts bestellt. Was ist das?',
        "unrecognised_payment",
    ),
    (
        "If my house were ever burgled, what's the process for making a claim? Would I need a police report first?",
        "none",
    ),
    (
        'No funciona nada. En la tele sale "Código de error S-4020" y en el móvil tampoco carga. ¿Tienen una caída del servicio? ¡Es la final esta noche!',
        "outage",
    ),
    (
        "Honestly I am so disappointed. Every time I call I'm put on hold for 45 minutes and then cut off. I've been with you for 12 years and I'm seriously considering moving my policy elsewhere at renewal.",
        "complaint",
    ),
    (
        "I need to cancel one award booking, ref QZ7PLM, London to Oslo on 3 June. Do the miles go back into my account automatically?",
        "none",
    ),
    (
        "how do I get a PDF statement for the last six months? need it for a visa application",
        "none",
    ),
    (
        "Buenos días. En virtud del artículo 15 del RGPD, solicito acceso a todos los datos personales que su empresa trata sobre mí, incluidos el historial de viajes y los datos de ubicación. Mi correo registrado es lucia.ferrer84@correo.es.",
        "legal",
    ),
    (
        "Does the app send me an alert if someone tries to log in from a new phone? Just want to understand the security features before I move my salary over.",
        "none",
    ),
    (
        'hey\nmy ride yesterday was quoted at 18.50\nyou charged me 64.20\ndriver took a massive detour and the app just says "route adjusted"\nnot paying that, I want it corrected to the quote',
        "billing_dispute",
    ),
    (
        "what's the fx fee when I pay in yen? off to Tokyo in October ✈️",
        "none",
    ),
    (
        "I lost my membership key fob somewhere between the car park and the changing rooms on Tuesday. Can you deactivate it so nobody else can get in with it, and send me a new one?",
        "lost_stolen",
    ),
    (
        "As a campaign creator, what happens if one of my backers does a chargeback after the campaign has closed? Do I lose that money?",
        "none",
    ),
    (
        "Gibt es in Ihrem Studio in Köln-Ehrenfeld auch Yogakurse am Wochenende? Und muss man die vorher buchen?",
        "none",
    ),
    (
        "I no longer use any of your devices. I want my account deleted, along with all the recordings and sensor data you hold about me. Thanks 🙏",
        "account_closure",
    ),
    (
        "C'est inadmissible. Trois semaines que j'attends ma commande, aucun suivi, et votre service client ne répond jamais. Je vais laisser des avis négatifs partout et je ne commanderai plus jamais chez vous.",
        "complaint",
    ),
    (
        "My password expires soon according to the app. What's the best way to change it? Thanks!",
        "none",
    ),
    (
        "Bonjour, est-ce que la veste en lin référence 44012 existe en taille 44 ? Je ne la vois pas sur le site.",
        "none",
    ),
    (
        "If this isn't resolved by Friday I'm filing a complaint with the CFPB and my state attorney general. You froze my account for three weeks with zero explanation and I still can't access my own money.",
        "legal",
    ),
    (
        "Thanks for the quick fix on the firmware bug, my doorbell has been working perfectly since Monday. Great support 👍",
        "none",
    ),
    (
        "¡Hola! ¿Hacen envíos a Mallorca? Me encantaría probar la caja familiar 😊",
        "none",
    ),
    (
        "Hola, el mes pasado me dijeron por el chat que me devolverían los 34,99 € de la caja que llegó en mal estado. Todavía no he recibido nada. ¿Qué pasa con mi reembolso?",
        "refund_exception",
    ),
    (
        "How do I get a refund of my library deposit when I graduate? Is it automatic or do I need to fill in a form?",
        "none",
    ),
    (
        "There's a $3.99 charge and then a $212 charge from \"RIDE*TMP HOLD\" on my card from last night. I was home all night. I don't even use your app in Denver.",
        "unrecognised_payment",
    ),
    (
        "hi\nquick q\ncan my partner use my miles to book a flight\nor does it have to be me travelling",
        "none",
    ),
    (
        "I received one email from 'your bank' asking to verify my KYC and I have clicked the link and entered my customer ID and OTP. Afterwards I am feeling it was fake. Please block whatever is needed, I am very worried.",
        "security",
    ),
    (
        "I'm moving house next month. How do I update the address on my contents insurance, and will the premium change?",
        "none",
    ),
    (
        "Si alguna vez me roban la tarjeta, ¿la puedo bloquear yo mismo desde la app o tengo que llamar por teléfono?",
        "none",
    ),
    (
        "Guten Tag, Sie haben mir für die Kochbox-Lieferung vom 3. Mai 59,90 € abgebucht, obwohl ich die Lieferung rechtzeitig pausiert hatte. Ich widerspreche dieser Abbuchung und bitte um Rückbuchung des Betrags.",
        "billing_dispute",
    ),
    (
        "hello i just got the smart plug starter kit and i was wondering how many plugs i can connect to one hub before it gets slow because i want to do the whole flat and also does the hub need to be near the router or can it go anywhere",
        "none",
    ),
    (
        "Madame, Monsieur, je vous informe que j'ai saisi le médiateur de l'assurance concernant le refus de prise en charge de mon sinistre (dossier n° 2023-HB-7781). Vous recevrez prochainement un courrier de mon avocat.",
        "legal",
    ),
    (
        "If I pause my membership for two months over the summer, does that count as cancelling? I don't want to lose my founder rate.",
        "none",
    ),
    (
        "hi\ni want to cancel my subscription\nnot pause, cancel\nfully\nthanks",
        "account_closure",
    ),
    (
        "How do I turn on subtitles in the TV app? I can't find the option anywhere.",
        "none",
    ),
    (
        "Our camera started panning on its own last night and we heard a voice through the speaker. I think someone has got into our account. What do we do???",
        "security",
    ),
    (
        "Could you send me an invoice for this year's tuition fees? I need it for my tax return. Student number 1987342.",
        "none",
    ),
    (
        "J'ai perdu ma carte bancaire hier soir en sortant d'un restaurant à Lyon et je ne la retrouve pas. Pouvez-vous faire opposition immédiatement ?",
        "lost_stolen",
    ),
    (
        "your loyalty website has been down all morning every time i try to log in to claim my missing miles it goes to a blank page and my colleague says the same is happening to her so its not just me please fix it",
        "outage",
    ),
    (
        "This is very poor service from the fees office. I have sent 6 emails in 3 weeks regarding my scholarship deduction and nobody has replied even once. I want to escalate this as a formal grievance to higher authority.",
        "complaint",
    ),
    (
        "i know your policy says no refunds on annual plans after 14 days but i signed up for the year in good faith and then you removed half the channels i was paying for so i think i should get the remaining months back can someone please make an exception",
        "refund_exception",
    ),
)

# Set Y: written blind on 2026-12-07 (eleventh session) by a writer who read no code of the project:
# a mobile carrier, e-bike and scooter sharing, online tutoring, a budgeting app, photo printing,
# home cleaning bookings, a theatre and opera house, camper van rental, pharmacy delivery, a craft
# shop, co-living apartments, a digital newspaper, a donations platform; phone texts without
# capitals, bug-report tickets with steps and timestamps, formal letters, survey replies,
# abbreviations, sarcasm, two languages in one message, forwarded bank or carrier SMS. Kept unread:
# only its figures are read.
SPOKEN_CHECKS_Y: tuple[tuple[str, str], ...] = (
    (
        "Ticket: roaming charges on invoice INV-88213\nLine: +44 7700 900123\nSteps:\n1) Data roaming disabled on handset since 2 March (screenshot attached).\n2) Roaming toggle confirmed OFF in your app at 09:14 on 3 March.\n3) March invoice shows 'EU Roam Data 4.2GB - £61.50' dated 5-7 March.\nExpected: £0 roaming. Actual: £61.50.\nThe device was in Leeds for the whole period (office badge logs available on request). Please reverse the line item; I do not accept this charge.",
        "billing_dispute",
    ),
    (
        "how does the roaming charge work if im in france for 3 days? is it per day or only on the days i actually use data. dont want a surprise on my bill lol",
        "none",
    ),
    (
        "Hallo, kurze Frage: Mein Handy hat seit heute Mittag kein Netz mehr, da steht nur „Keine SIM“. Komisch ist, dass ich kurz vorher eine SMS bekommen habe, meine eSIM sei auf ein neues Gerät übertragen worden – hab ich aber nicht gemacht. Und jetzt kommen auf einmal Bestätigungscodes von meiner Bank per Mail, die ich nicht angefordert habe. Könnt ihr mal schauen, was da los ist?",
        "security",
    ),
    (
        "hola!! perdí el móvil ayer en el bar pero ya me lo devolvió el camarero jaja, todo ok. aprovecho pa preguntar si puedo añadir una línea para mi hijo con el mismo plan y cuánto sería al mes",
        "none",
    ),
    (
        "Hi team, just a few things before my move-out next month. The laundry card top-up works great now, thanks for sorting that. Could you also confirm a date for the final inspection? I'd prefer a weekday morning if possible.\nOh and one last thing - I noticed the rent collected on the 1st was £1,140 rather than the £940 in my tenancy agreement, and I'm not aware of any change being agreed. I'd rather that difference came back to me than be treated as the new rate.\nMany thanks,\nPriya (flat 2C)",
        "billing_dispute",
    ),
    (
        "Update on ticket #55102: the double charge for my e-bike ride on Tuesday has been reversed, I can see the credit on my card this morning. All good, you can close the ticket. Thanks Sam!",
        "none",
    ),
    (
        "Réponse à votre enquête de satisfaction :\nLa qualité des tirages est très bonne et l'emballage soigné, bravo. Le délai était un peu long mais ce n'est pas bien grave.\nPetite remarque quand même : on m'avait confirmé par mail le 2 février un remboursement de 37,80 € pour l'album arrivé abîmé, et je ne l'ai toujours pas vu sur mon compte. Merci de vérifier.",
        "refund_exception",
    ),
    (
        "hi i ordered 1 canvass 40x60 and got charged twice same amount 54.99 both on my card today. only one odor in my account!! pls put one back i didnt order 2\nsent from my iphone",
        "billing_dispute",
    ),
    (
        "hi need to cancel thurs 5pm lesson w mr d, kid has a dentist appt. can we move to fri same time? thx",
        "none",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\nfür die Vorstellung „Die Zauberflöte“ am 8. März habe ich zwei Karten der Kategorie B zu je 64 € erworben. Abgebucht wurden jedoch 2 × 96 €, also der Preis der Kategorie A. Ich widerspreche der Abbuchung in dieser Höhe und bitte Sie, den zu viel berechneten Betrag von 64 € zurückzuerstatten.\n\nMit freundlichen Grüßen\nGerda Hoffmann",
        "billing_dispute",
    ),
    (
        "Feature question: does the app support hardware security keys (FIDO2/WebAuthn) for 2FA, or only TOTP? My partner and I share one household budget and I'd like both of us on YubiKeys. Also, is there an audit log showing which device made each change? Not reporting a problem, just evaluating before we move our accounts over.",
        "none",
    ),
    (
        "hola, me cobraron 4h de limpieza (88€) pero la chica estuvo 2h, llegó tarde y se fue antes. tengo la cámara del portal q lo confirma. no pienso pagar 4h, q me devuelvan la diferencia o abro disputa con el banco",
        "billing_dispute",
    ),
    (
        "Dear Sir or Madam,\n\nOn 14 January I returned two tickets for the matinee of La Bohème following my husband's admission to hospital. Your box office assured me by telephone that the full sum of £148 would be returned to my card within ten working days. It is now the second week of March and nothing has been received.\n\nI should be grateful if you would look into this matter promptly.\n\nYours faithfully,\nMrs Edith Carmody",
        "refund_exception",
    ),
    (
        "how do i delete photos from an album i already uploaded? put the wrong ones in by mistake. account is fine i just want to tidy the album before i order the prints",
        "none",
    ),
    (
        "Hallo, ich möchte nur das Rätsel-Zusatzpaket kündigen, das normale Digitalabo soll bitte weiterlaufen. Geht das zum Monatsende? Danke!",
        "none",
    ),
    (
        "booked van 12-19 aug, had to cut trip short day 3 bc clutch failed, ur roadside guy confirmed it. i know policy says no refund after pickup but we lost 4 nights thru no fault of ours. need those nights paid back asap pls, ref CV-20931",
        "refund_exception",
    ),
    (
        "Bonjour,\nje sais que vos conditions prévoient que les packs de 10 cours ne sont pas remboursables, mais ma fille a été hospitalisée pendant deux mois et n'a pu suivre que 2 séances. Je vous demande, à titre exceptionnel, le remboursement des 8 cours restants (240 €). Je peux fournir un certificat médical.\nCordialement,\nMme Lefèvre",
        "refund_exception",
    ),
    (
        "Dear Sir or Madam,\n\nI write simply to thank your front-of-house staff for Saturday evening. When I mislaid my reading glasses during the interval, an usher found them within minutes and brought them to my seat. My late husband and I attended your house for forty years, and the courtesy remains exactly as I remember it.\n\nYours faithfully,\nMargaret Ellwood",
        "none",
    ),
    (
        "Estimados señores:\n\nEl pasado 20 de febrero devolví por correo certificado un telar de mesa que llegó defectuoso. Ustedes me confirmaron por escrito la recepción el 4 de marzo y me indicaron que el reembolso de 129 € se haría en cinco días hábiles. A fecha de hoy no he recibido nada.\n\nLes ruego que lo resuelvan a la mayor brevedad.\n\nAtentamente,\nCarmen Ruiz Albarrán",
        "refund_exception",
    ),
    (
        "Before we pick up on Friday: what's the procedure if we lose the van keys somewhere remote? Is there a spare we can carry, or a fee? Just want to know in advance, nothing has happened.",
        "none",
    ),
    (
        "Summary: unknown device session on my account\nAt 02:47 UTC today I received a 'new login from Chrome on Windows, Lagos' email. I only use an iPhone and a Linux laptop.\nWhen I logged in at 07:10 the linked bank feed for 'Household' had been removed and a new email address (r.mill3r@...) had been added as secondary.\nI have not changed anything. Password rotated at 07:12, but I cannot remove the secondary email - the option is greyed out.\nPlease lock the account down and tell me what was accessed.",
        "security",
    ),
    (
        "Frage zum Datenschutz: Wie lange speichert ihr eigentlich die GPS-Daten meiner Fahrten? Und kann ich in der App einzelne Fahrten selbst aus dem Verlauf ausblenden? Ist kein Problem, interessiert mich nur.",
        "none",
    ),
    (
        "Hello, a small oddity rather than a complaint. My digital subscription has started sending me newsletters in Portuguese, the name on my profile now shows as 'Marco' (I'm Helen) and the password I've used for years no longer works, although the reset email I asked for never arrived. I haven't changed any of that myself. Not sure if it's a glitch on your side?\nThanks, Helen",
        "security",
    ),
    (
        "Bonjour, j'ai reçu un mail soi-disant de votre part me demandant de « confirmer mon don » en ressaisissant ma carte bancaire. J'ai cliqué et j'ai tout rempli avant de me rendre compte que l'adresse était bizarre. Depuis, je ne peux plus me connecter à mon compte donateur, le mot de passe a été changé. Aidez-moi svp",
        "security",
    ),
    (
        "Hi, my order arrived without the antihistamine listed on the receipt. I saw in your FAQ that missing items are refunded automatically within 3 days, so I'm just flagging it so that happens. Order PH-30318. No rush at all.",
        "none",
    ),
    (
        "Hola! Todo bien con el piso, gracias. Una cosa rara: la app me dice que alguien abrió mi puerta ayer a las 15:12 con mi código, pero yo estaba en el trabajo y nadie más lo tiene. Además ha cambiado el número de teléfono de mi perfil y yo no lo he tocado. ¿Podéis revisarlo cuando tengáis un momento?",
        "security",
    ),
    (
        "can i cancel order #CR-1187 (the 12 skeins of merino)? ordered the wrong colour. havent been dispatched yet i think. will reorder the right one after",
        "none",
    ),
    (
        "Wow. Third cleaner in a row who didn't show up, and once again I took the morning off work for nothing. Really appreciate the automated 'we hope you had a sparkling experience!' text at 2pm. Brilliant touch.\nI want someone senior to call me today, not a chatbot, or I'm done with you and I'll be telling everyone at my office why.",
        "complaint",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\nauf meiner letzten Rechnung ist ein Posten „Servicepauschale 4,99 €“ aufgeführt. Könnten Sie mir bitte erklären, wofür diese Gebühr erhoben wird? Ich möchte nur verstehen, was ich bezahle, mit dem Betrag an sich bin ich einverstanden.\n\nMit freundlichen Grüßen\nHeinrich Vogt",
        "none",
    ),
    (
        "Survey: How likely are you to recommend us? 0\nWhy?: My mother's heart medication arrived 3 days late for the second month running and nobody answered the phone. Your driver left it on the doorstep in the rain. This is not a takeaway, it is medicine.\nI expect a manager to contact me, and if it happens again we're moving to the chemist down the road.",
        "complaint",
    ),
    (
        "Bravo. Catégorie 1 à 120 € la place, et on se retrouve derrière un pilier à voir la moitié de la scène. Quand je l'ai signalé, l'ouvreuse m'a répondu « c'est indiqué sur le plan ». Non, ce n'était pas indiqué. Je veux une réponse d'un responsable, pas un mail type, sinon je ne renouvelle pas mon abonnement de saison.",
        "complaint",
    ),
    (
        "ok I was ready to be properly angry because the donation receipt never showed up for my tax return, but it turns out it was in my spam folder the whole time. Sorry, panic over. Great platform honestly.",
        "none",
    ),
    (
        "Das ist jetzt das zweite Mal, dass der Camper bei der Übergabe dreckig und ohne Gasflasche war. 1,5 Std Wartezeit, keiner entschuldigt sich. Ich will mit einem Vorgesetzten sprechen, sonst buche ich nie wieder bei euch und schreib das genau so in jede Bewertung.",
        "complaint",
    ),
    (
        "Bon, je vais me plaindre : vos calendriers photo sont tellement réussis que toute ma famille en veut un maintenant et je dois en recommander 6 😄 Y a-t-il un tarif dégressif au-delà de 5 exemplaires ?",
        "none",
    ),
    (
        "Llevo tres semanas sin fibra y cada vez que llamo me dicen 'the technician will contact you in 48h'. Nadie contacta. Ya estoy harta, seriously. Quiero hablar con un supervisor hoy mismo o me cambio de compañía.",
        "complaint",
    ),
    (
        "My neighbour says her account on your site got hacked last month and someone booked cleanings at her address. Mine seems fine, but what's the best way to make my own login more secure? Do you have 2-step verification?",
        "none",
    ),
    (
        "pls close my acct and port out both lines, PAC already requested. dont want to hear retention offers thx. final bill to same card",
        "account_closure",
    ),
    (
        "Hi, thanks for all the help this year - Ms Okafor was wonderful with our son's chemistry and he got the grade he needed. Since he's off to university now we won't need anything further, so could you remove his profile and mine entirely, including the lesson recordings and the message history with tutors? We'd rather none of that stays on your system.\nBest wishes,\nDaniel",
        "account_closure",
    ),
    (
        "Dear Sir or Madam,\n\nI wish to end all my dealings with your platform. Please cancel my monthly gift to the hospice appeal, close my donor account, and erase the personal details you hold about me. I should like written confirmation of this by post.\n\nYours faithfully,\nR. J. Pemberton",
        "account_closure",
    ),
    (
        "Hallo,\nich möchte mein Digitalabo komplett kündigen und mein Leserkonto inklusive aller gespeicherten Daten löschen lassen. Bitte bestätigen Sie mir die Kündigung zum nächstmöglichen Termin schriftlich.\nDanke, J. Berger",
        "account_closure",
    ),
    (
        "hi i got a new bank card, old one expired. where do i update the card for my direct debit in the app? cant find it anywhere",
        "none",
    ),
    (
        "Estimados señores:\n\nLes escribo para solicitar que eliminen de mi perfil la dirección antigua de la calle Alcalá, ya que me he mudado. La nueva dirección ya está añadida. Por lo demás, estoy muy satisfecha con el servicio.\n\nUn cordial saludo,\nPilar Domínguez",
        "none",
    ),
    (
        "Re: incident 2024-05-11, bike ID EB-44172.\nFront brake failed on a descent at approx. 18:20; I was injured (fractured wrist, hospital report available). I reported the fault in-app at 18:41.\nMy solicitor has advised me to request preservation of all telemetry and maintenance records for this bike, and will be writing to you formally. Please confirm who the letter should be addressed to.",
        "legal",
    ),
    (
        "Hi, I'd like a copy of all the personal data you hold about me, including the transaction categorisation history and anything you've shared with partners, under Article 15. I understand you have one month to respond. Thanks.",
        "legal",
    ),
    (
        "Guten Tag,\nseit Wochen funktioniert die Heizung in meinem Apartment nicht, trotz vier Meldungen über die App. Ich habe mich inzwischen beim Mieterverein beraten lassen. Dort hat man mir empfohlen, die Miete zu mindern und, falls bis zum 30. keine Reparatur erfolgt, weitere Schritte einzuleiten. Bitte teilen Sie mir mit, an wen ich mein Schreiben richten soll.\nFreundliche Grüße",
        "legal",
    ),
    (
        "Buenas tardes. He detectado que su aplicación sigue enviándome publicidad dos meses después de haber retirado el consentimiento. Les informo de que he presentado una reclamación ante la Agencia Española de Protección de Datos y de que mi abogado se pondrá en contacto con ustedes. Solicito además que me indiquen qué datos han cedido a terceros.",
        "legal",
    ),
    (
        'Got this text from my bank:\n\n"Card ending 6620: GBP 3.40 at VOLTRIDE*TRIP 14/07 08:12"\n\nThat\'s my ride to work, all fine - I just need a proper receipt with VAT for my employer. Where can I download those?',
        "none",
    ),
    (
        "Hello, my son is studying for the bar and would like a tutor who is a practising lawyer for contract law. Is it possible to filter tutors by professional qualification? Budget around £50/hr.",
        "none",
    ),
    (
        "hey my fob got nicked w my bag at the gym this arvo, it has the room number on the tag 😬 can u deactivate it before someone uses it?? im in room 4B",
        "lost_stolen",
    ),
    (
        "my phone was stolen on the tram around 8.30 this morning. need the sim blocked now and the imei barred, number ends 4471. im messaging from my wifes laptop",
        "lost_stolen",
    ),
    (
        "bonjour on a perdu la clé du camping car hier soir a la plage, impossible de la retrouver. le van est fermé sur le parking a biarritz avec toutes nos affaires dedans. vous avez un double ?? resa n°CV-77812",
        "lost_stolen",
    ),
    (
        "Hola, antes de nada felicitaros por La Traviata del domingo, preciosa, y la soprano increíble. Os escribía también porque el viernes me robaron la cartera en el metro y dentro iba mi abono de temporada (el carnet con foto). ¿Podéis anularlo y hacerme uno nuevo antes del sábado? No quiero que nadie entre con él.",
        "lost_stolen",
    ),
    (
        "Hallo, meine Mutter hat ihr Rezept verloren, hat aber schon ein neues vom Arzt bekommen. Kann ich das E-Rezept für sie in meiner App einlösen oder braucht sie einen eigenen Account?",
        "none",
    ),
    (
        "hab meinen schlüssel heut morgen verlegt, war aber doch in der jackentasche 🙈 alles gut. wollt nur fragen ob man nen zweiten fob für meine freundin bestellen kann, was kostet das?",
        "none",
    ),
    (
        'Got this from my bank just now:\n\n"BANK ALERT: Card ending 3308 used for GBP 212.40 at CRAFTYBOX*ONLINE on 12/06 21:03. Not you? Reply NO."\n\nI haven\'t ordered from you since Christmas and I was asleep at 9pm. What is this order?',
        "unrecognised_payment",
    ),
    (
        "Hola, quick question about my statement. I see three payments of $45 to 'TUTORLY MKT' in April. My daughter had lessons in March but we stopped after that, and I don't recall booking anything in April - she says she didn't either. Could you tell me what these are? Gracias.",
        "unrecognised_payment",
    ),
    (
        "Hab grad diese Nachricht von meiner Bank bekommen:\n\n„Ihre Kreditkarte *7712 wurde am 03.04. um 23:41 mit 89,90 EUR bei MEDIFAST APOTHEKE belastet.“\n\nIch hab bei euch nix bestellt, schon gar nicht mitten in der Nacht. Was ist das??",
        "unrecognised_payment",
    ),
    (
        'Me ha llegado esto del banco:\n\n"Compra con tarjeta *5521 por 250,00 EUR en DONAPLUS*CAUSA el 17/05. Si no reconoce esta operación llame al 900..."\n\nYo dono 10 € al mes y ya está. No he autorizado ningún pago de 250. ¿Qué ha pasado?',
        "unrecognised_payment",
    ),
    (
        'Me llegó este SMS del banco:\n\n"Retención de 800,00 EUR en tarjeta *1945 - VANTASTIC RENTALS"\n\nEntiendo que es la fianza de la autocaravana, ¿verdad? ¿Cuándo se libera después de devolverla? Gracias.',
        "none",
    ),
    (
        "Issue: unlock failing on all bikes\nSince: ~07:55 CET\nLocation: Zürich HB rack, tried 6 different bikes\nApp 5.12.1, iOS 17.4; colleague on Android 14 has the same.\nError: 'Unable to reach server (503)'.\nStatus page says all systems operational. Several other riders at the rack have the same problem.",
        "outage",
    ),
    (
        "Love paying for a digital subscription that's been a blank white page since breakfast. Tried the app, the website, two browsers, my partner's login too - nothing loads for any of us. Is anyone awake over there?",
        "outage",
    ),
    (
        "Fehlerbeschreibung: Buchungsseite nicht erreichbar\nSeit: ca. 14:20 Uhr heute\nGetestet: Firefox 125, Chrome 124, App (Android)\nFehlermeldung: „502 Bad Gateway“\nKollegen in anderen Netzen sind ebenfalls betroffen. Wir müssen heute noch die Reinigung für drei Büros umbuchen – wann läuft das System wieder?",
        "outage",
    ),
    (
        "Bonjour, l'appli plante dès l'ouverture depuis ce matin : écran blanc puis « error 500 ». Ma voisine a le même souci et le site web ne charge pas non plus. J'ai une ordonnance urgente à transmettre pour mon père, comment je fais en attendant ?",
        "outage",
    ),
    (
        "The app was down for me for about ten minutes this morning but it's working again now. Just out of curiosity, is there a status page I can check next time instead of emailing you?",
        "none",
    ),
    (
        "Bug: budget category chart renders wrong colours in dark mode\nSteps: Settings > Appearance > Dark; open Insights > Monthly.\nObserved: 'Groceries' and 'Transport' both render as #3A3A3A, indistinguishable.\nExpected: distinct palette as in light mode.\nApp 8.3.0 (build 2211), Pixel 7, Android 14. Low priority, cosmetic only.",
        "none",
    ),
    (
        "if a performance gets cancelled by you, how does the refund work? do i need to ask or is it automatic? asking bc of the strike news, my tickets are for the 22nd",
        "none",
    ),
    (
        "Hi, we're picking up the van in Munich on the 3rd. Can we add a second driver? Mein Mann fährt auch, he has an EU licence. What's the extra cost per day?",
        "none",
    ),
    (
        "Hi, I'll be travelling for six weeks over the summer. Is there a way to pause the cleaning add-on and the gym membership while I'm away, without affecting my room contract? Thanks",
        "none",
    ),
    (
        "Could you send me a VAT invoice for my annual digital subscription (paid 3 Jan)? Our accountant needs it for company expenses. Company name: Hartley & Moss Ltd.",
        "none",
    ),
    (
        "Hallo, ich habe die Reinigung für Freitag schon am Montag storniert, also mehr als 48 Stunden vorher und damit fristgerecht. Wie lange dauert es normalerweise, bis die Erstattung auf der Karte ist? Nur damit ich Bescheid weiß.",
        "none",
    ),
    (
        "Bonjour, nous avons deux places pour Carmen le 14 mais mon mari sera finalement en déplacement. Est-il possible d'annuler seulement sa place, ou de l'échanger contre la représentation du 21 ? Nous sommes abonnés à la saison.",
        "none",
    ),
    (
        "Bonjour, comment puis-je savoir si un SMS ou un mail vient vraiment de vous ? Je lis beaucoup d'articles sur les arnaques en ce moment et je préfère être prudente. Il ne m'est rien arrivé, c'est juste pour savoir.",
        "none",
    ),
    (
        "Réponse au questionnaire : note 9/10. Le prof de maths est top, mon fils a repris confiance. Seul bémol : l'appli me redemande souvent mes données de paiement, ce serait bien de pouvoir les enregistrer. Sinon rien à redire.",
        "none",
    ),
    (
        "Bonjour, could you send me une facture pour ma commande n°CR-5520 ? J'en ai besoin pour la compta de mon association, merci beaucoup !",
        "none",
    ),
    (
        "bonjour jai changé de banque, comment je modifie la carte pour mon don mensuel ? je veux pas l'arreter hein, juste changer la carte",
        "none",
    ),
    (
        "Bonjour, petite question pratique : s'il y a une coupure d'électricité dans l'immeuble, est-ce que les serrures connectées continuent de fonctionner ? Je demande parce que je rentre souvent tard. Merci !",
        "none",
    ),
    (
        "Buenas, el patinete se me apagó a los 2 minutos y tuve que coger otro. La app dice que los viajes de menos de 3 minutos con incidencia se reembolsan automáticamente, ¿es así? Solo quiero confirmar que no tengo que hacer nada más.",
        "none",
    ),
    (
        "hola, tenemos un despacho de abogados y queremos limpieza semanal los viernes por la tarde, unos 120m2. hacéis contratos para empresas? we'd need an invoice every month too",
        "none",
    ),
    (
        "Hola, me voy de Erasmus seis meses. ¿Puedo pausar la suscripción digital en vez de darme de baja? No quiero perder el precio que tengo ahora.",
        "none",
    ),
    (
        "estoy que me subo por las paredes con las mates de mi hija jaja, no hay quien entienda las fracciones. ¿tenéis profes que den clase los domingos por la mañana?",
        "none",
    ),
)

# Set X: written blind on 2026-12-07 (eleventh session) by a writer who read no code of the project:
# a dental and physiotherapy clinic chain, a summer camp, a ski season pass, a funeral home,
# self-storage, print on demand, a domain registrar and web host, a farm box, concert ticket
# resale, employee bicycle leasing, a translation agency, an online board-game club, a parking app;
# voicemails typed up by a receptionist, office managers writing for a boss, terse one-liners,
# pasted order confirmations and tables, apologetic writers, swearing, non-native English, long
# pleasant openings. Kept unread: only its figures are read.
SPOKEN_CHECKS_X: tuple[tuple[str, str], ...] = (
    (
        "C'est quand, le prochain tournoi blitz du club ? Et faut-il s'inscrire à l'avance ?",
        "none",
    ),
    (
        "Charged twice for one parking session. 14 May, Riverside Lot, ref PK-88213. Reverse one please.",
        "billing_dispute",
    ),
    (
        "Scheiße, mir wurde heute an der Talstation die Jacke samt Saisonkarte geklaut. Kartennummer 4471-2209. Bitte sofort sperren und sagen Sie mir, wie ich eine neue bekomme.",
        "lost_stolen",
    ),
    (
        "As a seller, if an event gets cancelled and the buyer is refunded, do I get charged anything, or is my fee just reversed?",
        "none",
    ),
    (
        "Me enfadé muchísimo al perder la final en el último segundo, jaja, pero tengo que felicitar a la organización: el torneo online fue impecable, sin cortes ni retrasos. ¡Hasta el próximo!",
        "none",
    ),
    (
        "Un grand merci à toute l'équipe ! Notre fille Inès était presque en colère de devoir rentrer à la maison, c'est dire. Elle parle déjà de revenir l'année prochaine. Les animateurs ont été formidables.",
        "none",
    ),
    (
        "The club newsletter mentioned a phishing email doing the rounds pretending to be from you. I didn't click anything - just want to confirm you'd never ask for my password by email, so I know what to ignore.",
        "none",
    ),
    (
        "Four of the six eggs in this week's box arrived cracked (photo attached). Your damaged-items policy says we get a credit for those - could you add it to my next box? No rush.",
        "none",
    ),
    (
        "All our sites on the shared plan have been throwing 503 since ~03:00 UTC. Control panel won't load either. Status page says all green. It isn't.",
        "outage",
    ),
    (
        "Wie lösche ich einen alten CNAME-Eintrag für meine Domain? Im DNS-Editor finde ich keinen Löschen-Button.",
        "none",
    ),
    (
        "Caller says: Mrs. Hughes, lost the little appointment card we gave her and can't remember if her next hygienist visit is the 12th or the 19th. Please call back on the landline, afternoons only.",
        "none",
    ),
    (
        "Bonjour, si un concert est reporté et pas annulé, comment ça se passe pour le remboursement des billets achetés chez vous ? Je n'ai encore rien acheté, je me renseigne avant.",
        "none",
    ),
    (
        "Your site was down for a bit on Sunday evening when the early-bird sale opened, but it came back after 20 min and I got my two passes. All good. Could you just resend the receipt? It never arrived, probably my spam filter.",
        "none",
    ),
    (
        "Bonjour, avant de vous envoyer des documents médicaux à traduire, pourriez-vous m'expliquer comment vous stockez les données de vos clients et combien de temps les fichiers sont conservés après la livraison ? C'est simplement pour savoir.",
        "none",
    ),
    (
        "Hola, pedí una sudadera en talla S y me queda pequeña. Según vuestra web tengo 30 días para devolverla y me reembolsáis el importe; la recibí hace una semana. ¿Cómo genero la etiqueta de devolución?",
        "none",
    ),
    (
        "How do I delete a casual game from my history? Misclick on move 3, embarrassing.",
        "none",
    ),
    (
        "Quick question - when I extend a parking session from the app, do you charge the extension as a separate transaction or add it to the original one? Just trying to keep my expense claims tidy.",
        "none",
    ),
    (
        "Joder, ya van tres semanas seguidas que la caja llega con la lechuga podrida y la fruta aplastada. Escribí dos veces y me contestasteis con el mismo mensaje automático. Estoy hasta las narices. O me llama alguien responsable esta semana o me voy a la competencia, y no seré el único.",
        "complaint",
    ),
    (
        "Hello, I am in the employee bike scheme since last year by my company Kessler GmbH. Yesterday come an email that my password is changed successful. I did not change it, but maybe is normal system thing? Also when I look today in the portal, the bank account for the insurance payout is another one, not my bank. Is little bit strange for me. Can you look please? Thank you.",
        "security",
    ),
    (
        "Hi there, I found your email address through my bank's app, next to a payment of £64.80 dated 3 April, 'GREENACRE BOX LTD'. I'm a bit confused, because as far as I know I've never signed up for a veg box with anyone, let alone you. Could you tell me what this is for?",
        "unrecognised_payment",
    ),
    (
        "Our lawyer needs a certified translation of a Spanish property deed into English by Friday the 28th. 6 pages, scanned PDF. Can you do that, and what would it cost with express delivery of the hard copy?",
        "none",
    ),
    (
        "We haven't been hacked or anything, but after hearing about another agency that was, the boss wants two-factor turned on for all five of us who log into the hosting account. Can each user have their own authenticator, or is it one per account?",
        "none",
    ),
    (
        "Your app is dead. Not just me - there's a queue of 20 cars at the Westfield exit all shouting at the barrier because nobody can pay. Payment screen just spins and then says 'server error'. Fix your shit, people are going to miss their kids' pickup.",
        "outage",
    ),
    (
        "Hi, accounts here. Could you send a VAT invoice covering these renewals, addressed to Brightwell Studio Ltd?\n\nDomain | Renewed | Amount\nbrightwell.studio | 11 Jan | €32.00\nbrightwellstudio.com | 11 Jan | €14.50\nbrightwell.design | 14 Jan | €41.00\n\nThe automatic receipts don't show our VAT number. Thanks!",
        "none",
    ),
    (
        "Sehr geehrte Frau Kramer,\nnoch einmal vielen Dank für die einfühlsame Begleitung bei der Beisetzung meiner Mutter. Für die Sterbegeldversicherung benötige ich eine detaillierte Rechnung mit Aufschlüsselung aller Leistungen. Könnten Sie mir diese per E-Mail zusenden?\nHerzliche Grüße\nUlrike Sommer",
        "none",
    ),
    (
        "Hi, pasting the confirmation below.\n\nORDER #POD-55190\nItem | Qty | Unit | Total\nTee - Navy - M | 25 | 9.40 | 235.00\nShipping | 1 | 12.00 | 12.00\nORDER TOTAL: 247.00\n\nMy card statement shows 2,470.00 taken by you for this order. That's ten times the total. I want the difference put back on my card, not store credit.",
        "billing_dispute",
    ),
    (
        "Hallo zusammen, ich spiele kaum noch und möchte meinen Account beim Schachclub komplett löschen lassen, inkl. aller Partien, Nachrichten und meiner E-Mail-Adresse. Bitte nicht nur deaktivieren. Benutzername: turmbauer77. Danke!",
        "account_closure",
    ),
    (
        'Guten Morgen, Ihr Kundenportal ist seit gestern Abend nicht erreichbar, nur die Meldung "Service unavailable". Drei Kolleginnen aus unserer Rechtsabteilung haben es ebenfalls probiert, bei allen dasselbe, auch auf verschiedenen Geräten und Netzen. Wir müssen heute dringend Dokumente zur Übersetzung hochladen. Gibt es eine Störung?',
        "outage",
    ),
    (
        "Please cancel next Thursday's box only, we're away camping. NOT the subscription - back to normal the week after. Thanks!",
        "none",
    ),
    (
        "Third time you've cancelled my crown fitting with less than a day's notice. I took unpaid leave for this. I've had a temporary crown falling out for six weeks. I want the practice manager to call me today, not a receptionist reading a script. Fed up to the back teeth - pun intended - and already looking at other practices.",
        "complaint",
    ),
    (
        "Rein hypothetisch: Wenn ich mir im Januar das Bein breche, kann ich den Saisonpass dann pausieren oder aufs nächste Jahr übertragen? Überlege gerade, ob sich die Versicherung für 29 € lohnt.",
        "none",
    ),
    (
        "Hypothetical question before we book: if Leo came down with chickenpox the week before camp, would we get a refund, a credit for another session, or nothing? Just want to know the rules upfront.",
        "none",
    ),
    (
        "¿Cómo funciona el cobro si me paso del tiempo que he pagado? ¿Me cobráis el extra automáticamente o me llega una multa?",
        "none",
    ),
    (
        "Buenos días, les escribo de parte de mi jefe, don Álvaro Méndez. Quiere saber si puede cancelar solo el seguro de mantenimiento de su bici de leasing, ya que la lleva él mismo al taller, y mantener el contrato de la bici tal cual. Gracias.",
        "none",
    ),
    (
        "Hola. Quiero darme de baja de la app por completo: eliminar mi cuenta, mis matrículas, la tarjeta guardada y todo el historial. Ya no tengo coche. ¿Me confirmáis cuando esté hecho?",
        "account_closure",
    ),
    (
        'Hallo, auf meiner Kreditkartenabrechnung steht eine Zahlung an Sie über 189,00 € vom 12. Juli ("TIXSWAP*ORDER"). Ich habe bei Ihnen nie Tickets gekauft und, soweit ich weiß, auch nie ein Konto angelegt. Was soll das sein? Autorisiert habe ich das jedenfalls nicht.',
        "unrecognised_payment",
    ),
    (
        "¡Hola! Mi hijo Pablo perdió su chaqueta azul de Decathlon el último día del campamento. ¿Tenéis objetos perdidos? Si aparece, pasamos a recogerla.",
        "none",
    ),
    (
        "Un cliente mío dice que le hackearon el WordPress en otro proveedor y perdió todo. Antes de migrar sus webs aquí: ¿vuestros planes incluyen copias de seguridad automáticas diarias? ¿Y cuántos días se guardan?",
        "none",
    ),
    (
        "Votre site de rechargement des forfaits est en panne depuis ce matin : page blanche après la connexion. On est quatre familles au chalet, chacun sur son téléphone, même résultat pour tout le monde. Et aux caisses on nous renvoie vers le site... On fait comment pour skier aujourd'hui ?",
        "outage",
    ),
    (
        "Bloody hell, the 'find my car' pin is the best thing you've ever added. I'd have completely lost the car in that airport multi-storey last night. Whoever built it, cheers.",
        "none",
    ),
    (
        "Perdonen que les moleste en estos días, sé que tienen mucho trabajo. Mi madre falleció el martes y quería preguntar si es posible pagar el servicio en varios plazos. Muchas gracias por todo.",
        "none",
    ),
    (
        "Ignore my email from this morning about not getting into the unit - turns out I was typing the old gate code. Found the new one in your June email, all sorted. Sorry!",
        "none",
    ),
    (
        "Dear Camp Team,\nI hope the summer is winding down gently for you all. Maya came home with a suntan, a friendship bracelet on every wrist and a new love of canoeing, so in many ways it was a success. I did want to share some concerns, though, and I'm afraid they're not small. She was moved to a different cabin on day two without anyone telling us, her medication was missed twice (we only found out from her), and when I phoned about it the person I spoke to was rather dismissive. We've been a Pine Hollow family for four years and I'm not sure we'll be back. I'd appreciate a call from the camp director rather than a reply from the general inbox.",
        "complaint",
    ),
    (
        "Hola, buenas tardes. Os escribo porque en el extracto del banco de la empresa aparece un cargo de 420 € a nombre de vuestra agencia con fecha 8 de mayo. Lo hemos revisado con todo el departamento y nadie recuerda haber encargado ninguna traducción este año; la última fue en 2022. ¿Podríais decirme a qué corresponde? No nos consta haberlo autorizado.",
        "unrecognised_payment",
    ),
    (
        "Est-ce que vous proposez la double authentification pour l'espace client ? Et peut-on recevoir une alerte quand quelqu'un se connecte depuis un nouvel appareil ? Je préfère activer ça avant d'avoir un souci.",
        "none",
    ),
    (
        "Voicemail, 9:42am, typed up by Dana at reception:\nCaller is Mrs. Irene Baptiste. She says thank you to Mr. Okafor for how he handled her husband's service, she was very touched by the flowers. She asked whether the memorial cards can be reprinted with the corrected date of birth. Then she mentioned, quite quietly, that when the service was moved to the smaller chapel Mr. Okafor told her the difference of $1,150 would be refunded to her card within ten days, and that was in early March. Nothing has come through. She said she didn't want to make a fuss. Callback number on file.",
        "refund_exception",
    ),
    (
        "Buenas, dejé el trastero B-19 el 31 de marzo, entregué la llave y tengo el justificante firmado. Aun así me habéis cobrado abril entero, 79 €. No es correcto y quiero que me lo devolváis.",
        "billing_dispute",
    ),
    (
        "Hallo, kann ich die Bestellung #POD-60321 noch stornieren? Hab beim Tassen-Design einen Tippfehler entdeckt. Meine anderen Bestellungen und der Shop sollen bitte bleiben, wie sie sind.",
        "none",
    ),
    (
        "To everyone at Whitmore & Sons,\nDad would have been angry with us for making a fuss, but the service was exactly right - simple, on time, and the piper was a lovely touch. Thank you for being so patient with a family that kept changing its mind. We'll be recommending you to anyone who asks.",
        "none",
    ),
    (
        "Bonjour, désolée de vous relancer, je sais que vous avez beaucoup de demandes. En juin, votre service client (Karim) m'avait confirmé par mail le remboursement des 12 affiches arrivées déchirées, soit 86,40 €, « sous 5 jours ouvrés ». Je n'ai toujours rien vu sur ma carte. Je ne voudrais pas vous embêter, mais pourriez-vous vérifier ? Merci beaucoup.",
        "refund_exception",
    ),
    (
        "Franchement, c'est inadmissible. Trois séances de kiné annulées la veille par SMS, jamais la même kinésithérapeute, et la dernière n'avait même pas lu mon dossier. Je paie pour une rééducation du genou, pas pour recommencer à zéro à chaque fois. Je veux parler au responsable du centre, sinon je vais ailleurs et je le ferai savoir.",
        "complaint",
    ),
    (
        "Bonjour, je dois annuler mon rendez-vous de détartrage de jeudi 10h avec le Dr Martin. Pouvez-vous me proposer un créneau la semaine suivante ? Merci.",
        "none",
    ),
    (
        "So sorry to bother you again, I know you must be swamped - what time is pickup on the final Saturday, and do we collect from the main lodge or down by the lake? Apologies if this was in the pack and I missed it!",
        "none",
    ),
    (
        "Madame, Monsieur,\nSuite à la suppression sans préavis de notre hébergement et de trois ans de données clients, je vous informe que notre avocat, Maître Lefèvre, vous adressera une mise en demeure dans les prochains jours. Nous nous réservons le droit de saisir le tribunal de commerce. Merci de conserver l'ensemble des journaux et sauvegardes liés au compte 88-ALP-204.\nJ.-P. Garnier, gérant",
        "legal",
    ),
    (
        "Hallo,\nim Mai wurde mir die Leasingrate für mein Dienstrad zweimal abgebucht (je 47,90 €, beide am 03.05.). Mein Arbeitgeber sagt, das kommt von Ihnen. Bitte buchen Sie den doppelten Betrag zurück. Vertragsnummer DR-2023-1187.\nGruß\nS. Brandt",
        "billing_dispute",
    ),
    (
        "Pasting from our company card statement:\n\n02/09  REGNET*DOMAIN RENEW   $18.99\n02/09  REGNET*DOMAIN RENEW   $18.99\n02/09  REGNET*PRIVACY ADDON  $9.99\n\nWe have no domains with you. Nobody in the office created an account or authorised these. Who is charging our card?",
        "unrecognised_payment",
    ),
    (
        'Ayer me llegó un correo "de la estación" para renovar el forfait de temporada con descuento, y metí mis datos y los de la tarjeta. Hoy veo que me han cambiado la contraseña de mi cuenta en vuestra web y no puedo entrar. Creo que era phishing. ¿Qué hago?',
        "security",
    ),
    (
        "Good morning, please I want to move my physiotherapy from Tuesday 9:30 to Thursday, the hour is not matter, only after 14:00 is better for me. My name is Andrzej Nowicki. Thank you very much.",
        "none",
    ),
    (
        "Nur zur Info: Heute früh ging die App bei mir nicht, die Zahlung hing. Nach einem Update lief alles wieder und der Parkschein ist gebucht. Es muss also niemand mehr etwas tun. Schönen Tag noch!",
        "none",
    ),
    (
        "Hello! First of all, what a season you've had - the new chair on the north face is a dream and the staff at the rental hut were always lovely to my kids. We've been pass holders for nine years now and it's honestly the highlight of our winter. I wanted to write about something a bit awkward. In mid-January I tore my ACL on a blue run (not your fault at all, I caught an edge) and I'm out for the rest of the season, probably the next one too. I know the terms say no refunds after 1 December and I didn't take the pass insurance. Still, would you consider giving back the unused part of my pass, or even some of it? I'd understand if not, but I thought I'd ask.",
        "refund_exception",
    ),
    (
        "Me robaron el móvil anoche en el metro y ahí tenía las dos entradas para el festival del sábado (las compré en vuestra web, pedido TX-77410). ¿Podéis anular esos códigos QR y mandarme unos nuevos? Que no entre otro con mis entradas, por favor.",
        "lost_stolen",
    ),
    (
        "I don't need my 10x10 unit over the winter. Rather than cancel, is there a way to pause it, or move my stuff into a smaller unit for a few months and switch back in spring?",
        "none",
    ),
    (
        "I'm so sorry to send yet another email, I know I've been a bit of a nuisance this year with all the delivery changes. We're moving to Portugal at the end of the month, so I'm afraid this is really goodbye - I won't be needing any more boxes, ever, and I'd rather you didn't keep my address and payment details on your system after that. Sorry again, and thank you for all the lovely veg!",
        "account_closure",
    ),
    (
        "Hello, writing for Ms. Ortega in our finance team. Her bank card expires next month, so she'd like to update the card on file for her bike lease top-up payments. Can she do it herself in the portal, or does it need to go through you?",
        "none",
    ),
    (
        "Caller: Tomasz Wieczorek, unit B-112, Eastgate site.\nMessage (typed up by reception): Says his unit was broken into during the roof works and the site manager told him it isn't covered. Says he has photos, and his contract says the site is 'monitored 24/7'. He has already spoken to Citizens Advice and says if nobody senior calls him by Friday he is filing a small claims case and reporting us to Trading Standards. Very calm, but very clear about it.",
        "legal",
    ),
    (
        "Bonjour,\nLe devis signé le 4 mars pour les obsèques de mon père s'élevait à 3 840 €. La facture finale reçue hier est de 4 615 €, avec des lignes « frais de dossier » et « soins de présentation » que nous n'avions jamais demandées. Je conteste ces 775 € et je souhaite une facture rectifiée, conforme au devis.\nCordialement,\nNathalie Rousseau",
        "billing_dispute",
    ),
    (
        "Bonsoir, merci pour le tournoi en ligne de dimanche, très bien organisé comme toujours. Petite question à part : en regardant mon historique, je vois une dizaine de parties jouées cette nuit entre 2h et 4h du matin depuis mon compte. Je dormais, je vous assure, et personne d'autre à la maison ne joue aux échecs. Mon classement a d'ailleurs perdu 140 points. Est-ce que vous pourriez jeter un œil ?",
        "security",
    ),
    (
        "Voicemail transcript, Tuesday 4:10pm:\nCaller: Ben Achterberg, season pass no. SP-20931.\nSays he left his pass in a jacket at the Summit Cafe and when he went back the jacket was gone. Wants the pass blocked so nobody else can use it on the lifts, and asks how to get a replacement before Saturday. Mobile number on file.",
        "lost_stolen",
    ),
    (
        "Good afternoon,\nI'm writing on behalf of Mr. Gerald Hale, managing director of Hale & Finch Surveyors. Mr. Hale has decided the firm will no longer use your services. He would like the entire customer account closed, all hosting plans ended, and every backup and mailbox you hold for us permanently deleted once our two domains (halefinch.co.uk, halefinch-survey.com) have been transferred out. Please confirm in writing what he needs to sign.\nKind regards,\nPriya Nair, Office Manager",
        "account_closure",
    ),
    (
        "If I delete a design from my storefront, does that mess up orders people have already placed with it, or do those still print and ship as normal?",
        "none",
    ),
    (
        "Salut, est-ce que je peux supprimer le céleri-rave de mes paniers ? Personne n'en mange ici 😅 On garde le reste et l'abonnement, bien sûr.",
        "none",
    ),
    (
        "Subject access request under Article 15 GDPR: please send me all personal data you hold on me (username knightfall_88), including chat logs and IP logs. You have one month.",
        "legal",
    ),
    (
        "Sehr geehrte Damen und Herren,\nich schreibe im Auftrag von Herrn Dr. Weinreich, der bei Ihnen am Standort Köln-Ehrenfeld zwei Lagerabteile für Praxisunterlagen gemietet hat. Herr Dr. Weinreich bittet mich, Ihnen mitzuteilen, dass er mit den Vorgängen der letzten Wochen - dem defekten Lastenaufzug, der dreimal verschobenen Reparatur und dem Ton Ihres Standortleiters am Telefon - alles andere als zufrieden ist. Er erwartet einen Rückruf der Geschäftsleitung, nicht des Standorts, und prüft derzeit Alternativen für das kommende Jahr.\nMit freundlichen Grüßen\nJana Böhm\nBüroleitung",
        "complaint",
    ),
    (
        "My car got broken into last night and the bastards took my bag with the gate fob for your Millbrook site in it. Unit 2-47. Can you kill that fob right now? I've got my grandad's stuff in there and I don't want some prick strolling in tonight.",
        "lost_stolen",
    ),
    (
        "A la atención de la dirección de la clínica:\nPor medio del presente les comunico que he presentado una hoja de reclamación oficial ante la Consejería de Sanidad por el implante colocado el 12 de enero, que ha tenido que ser retirado en otra clínica. Mi abogada se pondrá en contacto con ustedes. Solicito copia íntegra de mi historia clínica.\nAtentamente,\nRosa María Quintana",
        "legal",
    ),
    (
        "Someone got into my account last night. The email address was changed to one I don't recognise, and my 4 tickets for the Harbour Lights gig on 22 June are now listed for resale at double the price. I didn't do any of this. Please freeze the listing and the account before somebody buys them.",
        "security",
    ),
    (
        "Re: Job TR-4471, translation of our supply agreement (DE>EN)\n\nClause 14 was translated as 'may' where the original says 'must'. We relied on your certified translation and it has landed us in a contract dispute with a distributor. Our solicitors, Marsh Doyle LLP, will be writing to you formally this week regarding liability. Please preserve all files and correspondence relating to this job and send me the name of your professional indemnity insurer.",
        "legal",
    ),
    (
        "Kurze Frage, bevor wir im Betrieb das Dienstradleasing einführen: Wie läuft das eigentlich ab, wenn ein Rad gestohlen wird? Zahlt der Mitarbeiter dann weiter die Rate, oder springt die Versicherung ein? Wir möchten das den Kollegen vorab erklären können.",
        "none",
    ),
    (
        "Hello, I wanted to say the new patient portal is very easy to use - booking my physio session took about a minute. One small thing I noticed: under 'My documents' there's a treatment plan and two X-ray reports that belong to someone called R. Delacroix, not me. I haven't opened them beyond seeing the name. I suppose that person might be able to see mine as well? Thought you should know.",
        "security",
    ),
    (
        "Guten Tag,\nSie hatten das Feriencamp in der zweiten Augustwoche wegen des Hochwassers abgesagt, und Frau Lenz hat mir am 14.08. am Telefon zugesichert, dass die 390 € innerhalb von zwei Wochen zurücküberwiesen werden. Jetzt haben wir Oktober und auf meinem Konto ist nichts angekommen. Ich hätte das Geld gern endlich zurück.\nMit freundlichen Grüßen\nMarkus Feldhaus",
        "refund_exception",
    ),
)

# Set Z: written blind on 2026-12-07 (eleventh session) by a writer who read no code of the project:
# a hearing-aid and optician chain, boat and kayak rental, a wine club, a driving school, a letting
# agent, PC repair, an ancestry test kit, children's clothing resale, a business courier, music
# lessons, a public pool and sauna, a stock photo site, hospital parking; contact forms with
# fields, sons and daughters writing for an elderly parent, pasted earlier threads, hurried
# business owners, review-like paragraphs ending in a request, subject-line-only notes, capitals
# and exclamation marks; Swiss German, Belgian and Québécois French, Latin American Spanish. Kept
# unread: only its figures are read.
SPOKEN_CHECKS_Z: tuple[tuple[str, str], ...] = (
    (
        "Name: Gareth Pryce\nOrder number: WC-88213\nTopic: Billing\nMessage: My quarterly case has been £89 since I joined, which is what I agreed to. This quarter £134 came out of my account. I didn't upgrade to the premium reds and nobody told me about a price change. I'm disputing the extra £45 — please refund the difference and confirm what I'll be charged going forward.",
        "billing_dispute",
    ),
    (
        "Grüezi mitenand\nHat das Hallenbad über Auffahrt normal offen, und gelten am Freitag danach die Sonntagsöffnungszeiten für die Sauna? Wir möchten mit den Grosseltern kommen.\nMerci und en schöne Tag",
        "none",
    ),
    (
        "SOMEONE HAS GOT INTO MY ACCOUNT!!! All my listings (kids coats, snowsuits, the lot) have been dropped to £1 and the payout bank account is NOT MINE ANYMORE!!! I did NOT do this!!! Please lock it NOW before they get paid out!!! Username is littlelayers_bex",
        "security",
    ),
    (
        "Hola, buenas. Tengo una duda antes de contratar: ¿cómo funciona el cobro del plan de créditos? ¿Se renueva solo cada mes y me cobran aunque no haya descargado nada? Soy diseñadora independiente y prefiero pagar solo lo que uso. ¡Gracias!",
        "none",
    ),
    (
        "Hi there, this is Martin, Joan Whitlock's son — I rang yesterday about Mum's missing hearing aid. Good news, it turned up in the pocket of her winter coat! So please don't go ahead with the replacement order. Sorry for the fuss, and thanks to the lady at the Bridge Street branch who was so patient with her.",
        "none",
    ),
    (
        "Bonjour,\nOn avait réservé deux kayaks doubles pour le samedi 14 juillet au lac, réservation #K-5520, payée au complet (212 $). La veille, Environnement Canada a émis une alerte d'orages violents et vous nous avez dit qu'on pouvait seulement reporter. Le problème, c'est qu'on repart en France le mardi d'après, donc reporter, c'est pas possible pour nous autres.\nJe sais que votre politique c'est pas de remboursement à moins de 48 h, mais est-ce qu'il y aurait moyen de faire une exception vu la météo? Merci ben gros.",
        "refund_exception",
    ),
    (
        "Morning — we've got 30-odd parcels bagged for the 11am pickup and can't print a single label. Your booking portal just loads a blank white page, been like that since about 8. Tried Chrome, Edge, my phone, and our other shop across town has the same thing. Your status page says everything's green. What do we do with today's parcels? Need to know in the next hour really.",
        "outage",
    ),
    (
        "Guten Tag,\nbevor ich das Kit bestelle, eine Frage: Wie lange speichern Sie meine DNA-Daten und die Probe? Und falls ich es mir später anders überlege – kann ich dann alles löschen lassen? Ist nur für mein Verständnis, ich bin da etwas vorsichtig.\nViele Grüße\nH. Brandt",
        "none",
    ),
    (
        "Hello, I'm writing on behalf of my father, Mr Desmond Kealy, who's 84 and has been going to the renal unit at the Northgate site three times a week. He uses the pay-on-exit machine with his debit card. He struggles with online banking so I sat down with him last night to go through his statement, and on both the 4th and the 11th the parking was taken twice — same amount (£6.40), a minute apart. He only drove out once each day, obviously. Would you be able to look into it and put the extra back? He'd rather not ring himself as he finds the phone menus hard.\nThank you, Siobhán",
        "billing_dispute",
    ),
    (
        "¡¡¡ESTO ES UNA VERGÜENZA!!! Llevamos TRES SEMANAS sin calefacción en el piso de la calle Ribera 12 con un bebé de cuatro meses. He llamado seis veces, me dicen que 'ya viene el técnico' y NUNCA viene. Quiero hablar con el responsable de la agencia HOY. Si esto no se arregla esta semana nos vamos y pienso contar en todas partes cómo tratan a sus inquilinos.",
        "complaint",
    ),
    (
        "G'day, we cancelled our family kayak booking (ref BR-3391) last Tuesday for this coming Sunday, so well outside your 72-hour window. Just checking the refund goes back to the same card we paid with? No dramas if it takes a few days. Cheers, Leanne",
        "none",
    ),
    (
        "Madame, Monsieur,\nMalgré mes trois courriers, vous refusez de me restituer le dossier d'inscription de mon fils ainsi que les 640 € d'heures de conduite non effectuées suite à la fermeture de votre agence de Villeurbanne. Je vous informe que j'ai saisi le médiateur de la consommation et que mon avocat vous adressera une mise en demeure si je n'ai pas de réponse sous huit jours.\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\nC. Morel",
        "legal",
    ),
    (
        "Move Thurs 4pm lesson to Fri same time?",
        "none",
    ),
    (
        "kurz zwischen zwei Terminen: auf unserer Firmenkreditkarte sind 3 Abbuchungen à 29,99 € von Ihnen (Bildagentur), am 2., 9. und 16. des Monats. Wir hatten nie ein Konto bei Ihnen, keiner im Büro kennt das. Was ist das?? Bitte zurückmelden, sonst lassen wir die Karte sperren.\nGruß M. Yilmaz, Yilmaz Druck & Werbung",
        "unrecognised_payment",
    ),
    (
        "Quick question about how the billing works — if I skip a month using the 'pause' button, do you still take the charge on the 1st, or only when a case actually ships? Want to skip August while we're away. Thanks!",
        "none",
    ),
    (
        "Hola, una consulta nomás. Ayer me llegó un mail de ustedes diciendo que se inició sesión desde un dispositivo nuevo en Córdoba, y yo vivo en Rosario y no fui. No le di mucha importancia, pero hoy entro a la app y veo que en mis mensajes hay charlas con compradoras que yo no escribí, pasándoles otro número de cuenta para que paguen por transferencia. ¿Me pueden fijar qué pasa? Gracias",
        "security",
    ),
    (
        "To whom it concerns,\nIt's now six weeks since I moved out of 14 Harcourt Terrace and my €1,850 deposit still hasn't been returned, with no itemised deductions sent. I've spoken to a solicitor and I've also lodged the matter with the RTB. If I haven't heard back by Friday, my solicitor will be writing to you formally.\nAoife Brennan",
        "legal",
    ),
    (
        "Bonjour,\nJe suis avocate au barreau de Liège et je cherche un appartement deux chambres à louer près du palais de justice, budget d'environ neuf cent septante euros charges comprises. Avez-vous quelque chose de disponible à partir du premier septembre? Je peux visiter en soirée. Merci d'avance.",
        "none",
    ),
    (
        "Still nothing in my account — it's been over four weeks. See your email below.\n\n-----Original Message-----\nFrom: Bytefix Repairs\nSent: Wednesday, 3 April 10:12 AM\nTo: Dana Whitfield\nSubject: RE: Laptop screen job #4471\n\nHi Dana,\nApologies again that we couldn't source the replacement panel for your model. We've processed a full refund of $180 to your card ending 0917. Please allow 5-7 business days for it to appear.\nThanks,\nRay\n\n-----Original Message-----\nFrom: Dana Whitfield\nSent: Tuesday, 2 April 4:47 PM\nSubject: Laptop screen job #4471\n\nHi, any update on my screen? It's been two weeks.",
        "refund_exception",
    ),
    (
        "Grüezi, ich stehe im Parkhaus vom Kantonsspital bei der Ausfahrt. Seit über einer Stunde nimmt die Schranke weder Ticket noch Karte an, beide Kassenautomaten zeigen 'Ausser Betrieb' und die Gegensprechanlage antwortet nicht. Hinter mir stehen mindestens zehn Autos, einige mit Patienten. Bitte schicken Sie jemanden!",
        "outage",
    ),
    (
        "Hi, need to cancel Thursday's piano lesson only (Ellie, 5:30 with Mr Okafor) — NOT the subscription, she loves it. Is there a Saturday morning slot we could swap into instead?",
        "none",
    ),
    (
        "Buenos días:\nLes escribo para pedirles que eliminen mi cuenta de forma definitiva, que destruyan la muestra de saliva que les envié en 2021 y que borren todos mis datos genéticos y resultados, incluidos los que se comparten con posibles familiares. No deseo seguir utilizando el servicio. Les agradecería una confirmación por escrito cuando esté hecho.\nUn saludo,\nMaría José Ledesma",
        "account_closure",
    ),
    (
        "Company: Harbourlight Design Ltd\nTopic: Invoices\nMessage: Hi, could you send a copy of the March invoice for our team plan? Our accountant needs it with our VAT number on it (GB 284 5521 07). Nothing wrong with it, we just lost the original in a mailbox clear-out.",
        "none",
    ),
    (
        "Bonjour,\nJe suis membre de votre club depuis 2019 et je tiens d'abord à vous dire combien j'ai apprécié vos sélections, notamment les coffrets de la vallée du Rhône et les petites fiches de dégustation. Votre équipe a toujours été d'une grande gentillesse.\nPour des raisons de santé, mon médecin m'a demandé d'arrêter complètement l'alcool. Je vous prie donc de bien vouloir mettre fin définitivement à mon adhésion et de ne plus conserver mes coordonnées ni mes informations bancaires dans vos fichiers.\nAvec mes remerciements,\nFrançoise Lebrun",
        "account_closure",
    ),
    (
        "Hello, there's a payment of €45.00 to 'AQUALEISURE MEMB' on my card from 2 May. I've never had a membership with you — I went once last year with a friend on a day pass and paid cash at the desk. I didn't authorise this. Can you tell me what it's for and stop whatever it is?",
        "unrecognised_payment",
    ),
    (
        "Hallo, mein Nachbar wurde letzte Woche gehackt (E-Mail-Konto, über ein altes Passwort). Bei mir ist alles in Ordnung, aber ich würde gerne vorsorglich meinen PC durchsehen lassen und einen Passwortmanager einrichten. Machen Sie so etwas, und was kostet das ungefähr? Ich könnte Samstag vorbeikommen.",
        "none",
    ),
    (
        "Two stars, and that's generous. I've been a customer at the Kingsway opticians for eleven years. This time my varifocals were remade twice and they're STILL wrong — I get a headache after an hour. Each visit I'm told to 'give them a couple of weeks'. The last person I spoke to rolled her eyes at me. I want a manager to call me back this week, otherwise I'm taking my prescription and my family's custom somewhere else.",
        "complaint",
    ),
    (
        "Hi, my bank sent me a new debit card (old one expired, nothing dodgy). How do I update the card on my monthly pool & sauna membership? Can I do it in the app or do I have to come to reception?",
        "none",
    ),
    (
        "Bonjour,\nJe vous écris au nom de ma mère, Mme Jeanne Dufresne, 82 ans, cliente chez vous à Namur. Elle a perdu son appareil auditif droit hier au marché, on a refait tout le trajet sans le retrouver. Elle en a vraiment besoin au quotidien. Que faut-il faire pour le déclarer et en obtenir un nouveau? Elle avait pris l'assurance perte et vol chez vous, je crois.\nMerci, Isabelle",
        "lost_stolen",
    ),
    (
        "Do you do home visits for eye tests? My nan is 91 and housebound since her fall, she hasn't had her eyes checked in over two years. She's in Salford if that matters.",
        "none",
    ),
    (
        "Buenas tardes, el lunes pagué el paquete de 10 clases de manejo para mi hija en su página y me cobraron dos veces, $3,450 cada cargo, con el mismo número de referencia. Ya les mandé captura del estado de cuenta por WhatsApp y nadie me contesta. Necesito que me regresen el segundo cargo, por favor.",
        "billing_dispute",
    ),
    (
        "just got an email saying our account login was changed to some random gmail address. none of us did that. now can't log in and the password reset goes to their email. we have about 400 credits + all our licences on that account. urgent pls — Tom, Nettlefield Studio",
        "security",
    ),
    (
        "Kundennummer: 20931\nBetreff: Falscher Betrag\nNachricht: Für die April-Lieferung wurden mir 119,00 € abgebucht. Laut Ihrer Bestellbestätigung kostet das Paket 79,00 €, und eine Preiserhöhung wurde mir nicht mitgeteilt. Den Differenzbetrag erkenne ich nicht an. Bitte buchen Sie die 40,00 € zurück und senden Sie mir eine korrigierte Rechnung.",
        "billing_dispute",
    ),
    (
        "Hi, I'm a lawyer so my weekdays are a bit mad. Do you do lessons early morning (before 7) or on Sundays? Also do you have automatic cars? Thanks, Priya",
        "none",
    ),
    (
        "Allô, votre plateforme plante depuis à matin. Impossible de se connecter, ça tourne pis ça finit par une page d'erreur. Mes élèves m'écrivent tous qu'ils ont le même problème, pis mes collègues aussi. J'ai six cours à donner aujourd'hui, c'est quoi qui se passe? Vous avez une idée quand ça va revenir?",
        "outage",
    ),
    (
        "What happens to my data if I choose not to appear in the relative-matching list? I'm happy to see my own ancestry breakdown but I don't really want long-lost cousins finding me. Just want to understand the privacy settings before I post the sample back.",
        "none",
    ),
    (
        "Hola, nos han robado la mochila esta mañana en el puerto de Dénia. Dentro iban la tarjeta de acceso al pantalán y la llave de la lancha que tenemos alquilada hasta el domingo (reserva 7742). Os aviso para que anuléis la tarjeta cuanto antes y nos digáis qué hacemos con la llave.",
        "lost_stolen",
    ),
    (
        "Hi, my car was broken into last night in the staff car park and my bag was taken — my parking permit card was in it (permit no. HP-2231, Ward 7 staff). Can you cancel it so nobody uses it to get in, and let me know how I get a replacement? I'm on nights all week.",
        "lost_stolen",
    ),
    (
        "Grüezi, ich habe eine neue Kreditkarte bekommen (die alte ist abgelaufen). Wo kann ich die neue im Kundenkonto hinterlegen, damit die nächste Weinlieferung im Juni normal abgebucht wird? Danke vielmal.",
        "none",
    ),
    (
        "Your lesson platform has been DOWN for over an hour!!! I'm on one end, my student's on the other and the video room just says 'Error 503 Service Unavailable'!!! Every teacher in our WhatsApp group has the same problem!! I've got four more lessons tonight, WHEN will it be back?!",
        "outage",
    ),
    (
        "Buenas, me aparece en la tarjeta un cargo de $38.000 de 'PARKSALUD HOSP' del 14 de este mes. Yo no he ido a ningún hospital en meses ni he parqueado allá, y la tarjeta la tengo yo. No reconozco ese cobro. ¿Me pueden decir de qué es?",
        "unrecognised_payment",
    ),
    (
        "What time does the sauna open on the bank holiday Monday? And is the Tuesday evening session still women-only or has that changed?",
        "none",
    ),
    (
        "Bonjour, j'écris pour mon père, M. Gaétan Roy. Il a eu ses nouveaux appareils auditifs il y a trois semaines, donc on est encore dans la période d'essai de 30 jours. Ils ne lui conviennent pas trop, il trouve que ça siffle. Si on les rapporte cette semaine, c'est bien un remboursement complet comme c'est écrit sur le contrat? Merci, Marc",
        "none",
    ),
    (
        "Hello, I'd like to pass on some feedback. I've brought the office's machines to you for years and always been happy, so this isn't easy to write. The desktop I left on the 2nd was meant to be ready in three days; it's now been three weeks, I was promised a call back four times and none came, and when I collected it on Monday the fault was still there. I'm afraid I've been rather let down. I'd appreciate a conversation with whoever manages the shop, as frankly I'm reconsidering whether to bring our work to you in future.",
        "complaint",
    ),
    (
        "Hallo,\nich habe heute früh eine E-Mail bekommen, dass das Passwort für mein Konto geändert wurde – das war ich nicht. Ich komme jetzt nicht mehr rein. Eine Cousine hat mich außerdem angerufen, weil sie von 'mir' über Ihre Plattform eine Nachricht mit einem komischen Link bekommen hat. Da sind meine Gesundheits- und Abstammungsdaten drin! Bitte sperren Sie das Konto sofort.\nJ. Hofmann",
        "security",
    ),
    (
        "Hiya, can you take the cheese add-on off my next box? Keeping the wine subscription exactly as it is, the cheese just isn't getting eaten. Member no. 40127.",
        "none",
    ),
    (
        "¡Hola! Quiero cancelar solo un pedido, el del body de rayas talla 6 meses, porque me equivoqué de talla. Los otros dos pedidos que hice ayer los quiero igual. ¿Se puede? Gracias 😊",
        "none",
    ),
    (
        "I'd been looking forward to this for months — I bought the kit as a present for my dad so we could trace the Donegal side of the family together. Sadly he passed away in February before he could do the sample, and the kit has just been sitting in the drawer since. I did open the box when it arrived, so I know it's outside your returns policy, but I'd be very grateful if you'd consider refunding it anyway. Order DN-20994.",
        "refund_exception",
    ),
    (
        "Grüezi\nIch habe im Januar ein Jahresabo Hallenbad und Sauna gekauft (CHF 690.–). Seit März darf ich wegen einer Knieoperation gemäss Arzt mindestens sechs Monate weder schwimmen noch in die Sauna. Mir ist klar, dass Abos laut AGB nicht rückerstattet werden, aber wäre es ausnahmsweise möglich, den Restbetrag zurückzuzahlen, wenigstens anteilig? Ein Arztzeugnis schicke ich gerne mit.\nFreundliche Grüsse\nR. Gisler",
        "refund_exception",
    ),
    (
        "Honestly I was about to fire off an angry email when the tracking showed our pallet delayed, but your driver Kev rang ahead, found a way round the roadworks and got it to the client ten minutes before their cutoff. Absolute legend. Can we request him for Friday's run to the same site?",
        "none",
    ),
    (
        "Fui el domingo con mis tres hijos a la alberca y la verdad salí muy decepcionada. Los vestidores estaban sucísimos, el agua de la alberca chica estaba helada aunque dice 'climatizada', y cuando se lo comenté al salvavidas me contestó de muy mala manera enfrente de los niños. Pagamos $540 por una tarde horrible. Quiero hablar con el gerente, y si esto no se atiende vamos a cancelar la membresía familiar.",
        "complaint",
    ),
    (
        "Name: Helen Atherton\nTopic: My account\nMessage: Please close my account and my daughter Isla's student profile, and delete all the recorded lessons, her progress notes and our saved card. We're moving overseas and won't be continuing. Please confirm by email once done. Thank you for the last three years.",
        "account_closure",
    ),
    (
        "Bonjour, faut-il un permis pour louer une barque à moteur chez vous? Nous sommes quatre adultes et deux enfants (sept et neuf ans). Est-ce que les gilets de sauvetage pour enfants sont fournis? On pensait venir un samedi en juillet. Bonne journée et à tantôt!",
        "none",
    ),
    (
        "Is there a status page we can check if your site's ever down? Just want to bookmark it for the design team so they don't all message you at once. Nothing's wrong right now, all working fine.",
        "none",
    ),
    (
        "Hallo, bitte die Gitarrenstunde von Jonas am Mittwoch absagen, er ist auf Klassenfahrt. Das Abo läuft natürlich weiter. Kann er die Stunde nachholen? Danke, Sabine Kern",
        "none",
    ),
    (
        "Hi, my son did his lessons with you last year and passed first time in October — thank you, he's loving the freedom! Slightly odd one: I've noticed a payment of £32 to your school on my credit card on 12 March. He hasn't booked anything since, and neither of us has any idea what it is. I haven't given the card to anyone. Could you let me know what it relates to?",
        "unrecognised_payment",
    ),
    (
        "¡Me encantaron los resultados! Descubrí que tengo raíces en Galicia y mi abuela está feliz. Una pregunta: ¿cómo descargo mis datos en bruto para subirlos a otra página de genealogía? No encuentro la opción en el perfil.",
        "none",
    ),
    (
        "If I prepay for 4 hours at the hospital car park and my appointment finishes after 2, do I get anything back for the unused time, or is it non-refundable? Just trying to work out whether to pay on entry or on exit.",
        "none",
    ),
    (
        "Bonjour,\nC'est la troisième fois ce mois-ci que votre chauffeur ne passe pas pour l'enlèvement prévu à 16 h à notre atelier de Charleroi. Résultat: des colis en retard chez nos clients et des excuses à n'en plus finir de notre côté. Personne ne nous prévient, et au téléphone on nous répond que 'c'est noté'. Je veux parler à un responsable, sinon on change de transporteur dès le mois prochain.",
        "complaint",
    ),
    (
        "What's the latest collection time for next-day delivery to Cork from our unit in Dublin 12? And is Saturday delivery an option for business accounts?",
        "none",
    ),
    (
        "Sehr geehrte Damen und Herren,\nauf meine Widersprüche vom 10. Januar und 14. Februar gegen die Nebenkostenabrechnung 2023 für die Wohnung Lindenstraße 8, 2. OG, haben Sie nicht reagiert. Ich habe die Angelegenheit nun dem Mieterverein und meiner Anwältin übergeben. Bitte richten Sie weitere Korrespondenz an die Kanzlei; die Kontaktdaten folgen gesondert.\nMit freundlichen Grüßen\nK. Wendt",
        "legal",
    ),
    (
        "A mate's business had a high-value parcel go missing with another courier last month and it was a total nightmare to claim. Before we move our deliveries over — what's your compensation cover for items over £1,000, and do we need extra insurance?",
        "none",
    ),
    (
        "Hola, ¿tienen clases de natación para bebés? Mi hijo tiene ocho meses. ¿Desde qué edad aceptan y qué días son? ¡Gracias!",
        "none",
    ),
    (
        "Hi, I help my mum (79) with her emails. Yesterday she had one that looked like it came from you about her hearing aid warranty, asking her to 'confirm her details' through a link. She filled it all in, including her card number, before ringing me. Then this morning she got a text with a login code from your app that she didn't ask for. I'm not sure if it's all connected, might be nothing, but could someone please check her account is okay? Her name is Patricia Lowe, Eastgate branch.",
        "security",
    ),
    (
        "Betreff: Rechnungskopie Februar, Kundennr. 55318 – bitte an unsere Buchhaltung",
        "none",
    ),
    (
        "quick one — invoice 55102 bills us for 14 same-day collections in March, we only booked 9. looks like another account's jobs have ended up on ours. we're not paying for the 5 extra, pls reissue. sent from phone between customers, sorry for typos",
        "billing_dispute",
    ),
    (
        "Bonjour,\nLe 3 mars, votre service client m'a confirmé par courriel que les septante-cinq euros de ma commande (une robe jamais reçue, vendeuse injoignable) me seraient remboursés sous cinq jours ouvrables. Nous sommes le 2 avril et je n'ai toujours rien reçu sur mon compte. Pouvez-vous vérifier ce qui se passe? Je commence à perdre patience.\nCordialement, Nathalie",
        "refund_exception",
    ),
    (
        "Hi team,\nWe've licensed images from you for about six years now and it's been a genuinely good experience — the search has got much better and your support folks have always been quick. Some news on our side: our agency is being absorbed into our parent group in the summer, and they've got their own enterprise image agreement elsewhere. So, with that in mind, could you end our whole team contract at the end of the current billing period rather than letting it renew in June, and take all five seats off? Happy to jump on a call if anything's needed from us.\nBest, Nadia (Ops, Fieldhouse Creative)",
        "account_closure",
    ),
    (
        "Hallo, wie viele Fahrstunden braucht man im Schnitt bis zur Prüfung? Ich bin 17 und bin auf dem Hof von meinen Eltern schon viel Traktor gefahren, falls das was zählt 😅",
        "none",
    ),
    (
        "Hey guys, do you have life jackets small enough for a 6 year old? And are dogs allowed on the canoes? He's a very chill kelpie. Thinking of coming Saturday arvo.",
        "none",
    ),
    (
        "Hola, ¿tienen auto con caja automática para las clases? Aprendí un poco con el de mi viejo pero es manual y me cuesta un montón. ¿Cuánto sale el paquete de cinco clases?",
        "none",
    ),
    (
        "Hi, we returned two kayaks at Pier 3 on Sunday afternoon. Sorry to say that the little float with the marina gate fob and the boathouse locker key on it must have come off somewhere — either it's still in the boat or it went over the side near the pontoon, honestly not sure. It's got your orange tag on it with the unit number. Just wanted to let you know, since I think it opens the boathouse.",
        "lost_stolen",
    ),
    (
        "Bonjour, comment on fait pour supprimer une annonce? J'ai vendu le manteau d'hiver de mon fils à une voisine et je ne veux pas qu'on me l'achète en double. Je ne trouve que 'modifier'. Merci!",
        "none",
    ),
    (
        "Saw on the news that another resale app got hacked — just being careful! Do you store my full card number, and is there a way to log out of all my devices at once? Also can I turn on two-step login? Thanks!",
        "none",
    ),
    (
        "Buenas, una pregunta antes de ir el jueves con mi papá a su cita: si uno pierde el ticket del estacionamiento, ¿cuánto se paga? Lo digo porque él siempre lo deja en cualquier lado, jaja. ¿Y se puede pagar con tarjeta en la salida?",
        "none",
    ),
    (
        "Bonjour,\nLe souci avec l'appli de suivi d'hier matin est réglé chez nous, merci pour la réactivité. Autre chose: est-ce possible d'ajouter un deuxième point d'enlèvement à notre compte pour notre nouvel entrepôt de Laval? Merci, Julie – Boutique Érable & Cie",
        "none",
    ),
    (
        "Bonjour, avez-vous des profs de violoncelle qui donnent des cours le soir, en ligne? Niveau débutant adulte (j'ai 52 ans, il n'est jamais trop tard!). Quels sont les tarifs?",
        "none",
    ),
    (
        "How do I turn on two-step login for my teacher account? And one more — can parents see the lesson notes I write, or only the student?",
        "none",
    ),
    (
        "Topic: Data request\nOrder number: DN-11873\nMessage: This is a formal subject access request under Article 15 of the UK GDPR. Please provide a copy of all personal data you hold about me, including my raw genetic data, ethnicity estimates, any research consent records, and a list of every third party my data has been shared with. I expect a response within one month as required by law.",
        "legal",
    ),
    (
        "Guten Tag, gibt es am Klinikum Behindertenparkplätze in der Nähe vom Haupteingang? Mein Vater sitzt im Rollstuhl und hat nächste Woche einen Termin in der Kardiologie. Kann man dort auch länger als 4 Stunden stehen?",
        "none",
    ),
)

# Set AA: written blind on 2026-12-07 (twelfth session) by a writer who read no code of the project:
# a car-sharing club, a regional bus company, pet insurance, a co-op grocery delivery, an online
# language school, a solar installer, podcast hosting, a craft-beer subscription, a summer camp, a
# second-hand furniture marketplace, tax preparation, a coworking café; messages relayed by an
# assistant, a social worker or a carer, two or three topics with the risky one second or third,
# one-liners, greetings, quoted order confirmations and signatures. Kept unread: only its figures
# are read.
SPOKEN_CHECKS_AA: tuple[tuple[str, str], ...] = (
    (
        "Hi, I'm writing on behalf of my manager, Dr. Helen Marsh. She was charged twice for her March membership at your Canal Street coworking café: two debits of £189.00 on 3 March, ref CW-22817. She only has one desk pass. Please reverse the duplicate. If it isn't sorted by Friday, she has asked me to raise a chargeback with Amex.\nThanks,\nPriya Shah (EA to Dr. Marsh)",
        "billing_dispute",
    ),
    (
        "Hi, I'm writing on behalf of my boss, Laura Chen. Could you send the VAT invoice for her April hot-desk membership (£145.00) made out to Chen Design Ltd instead of her personal name? Thanks,\nRavi Mehta, Office Manager",
        "none",
    ),
    (
        "You billed me $64.99 for the Hop Hoard box after I cancelled on 2 Feb. I'm disputing this charge.",
        "billing_dispute",
    ),
    (
        "How long do refunds usually take to show up if I send a beer box back unopened within the 14-day window? Just asking before I order.",
        "none",
    ),
    (
        "Hello! Two things. First, can you confirm the drop-off time for Week 3 at Pinecrest? Second, and this is more urgent: on 14 June you told us the $420 refund for Mia's cancelled session would be back on our card within 10 days. She broke her arm, and we sent the doctor's note. It's now 29 July and nothing has arrived. Order PC-2024-1183.\nRegards,\nTom Okafor",
        "refund_exception",
    ),
    (
        "Hi, can I cancel just Thursday's delivery (order #GC-55210)? We'll be away. The rest of the weekly order should carry on as normal.",
        "none",
    ),
    (
        "I know your policy says no refunds after the first two lessons. My husband was in hospital, though, and I couldn't attend any of the remaining 18 sessions of the Italian B1 course. I'm asking for an exception and a refund of €310 for the unused lessons. Order LS-77412, student Margaret Ellis.",
        "refund_exception",
    ),
    (
        "My debit card expires next month. Where in the app do I swap in the new one? Member 20916.",
        "none",
    ),
    (
        "Good morning, I'm the carer for Mr. Arthur Pennington (member no. 448-201) with your co-op grocery delivery. He's moving into a residential home next week and won't need deliveries any more. He'd like his account closed permanently and his personal details deleted. He's happy for me to confirm by phone.\nKind regards,\nJanet Lowe",
        "account_closure",
    ),
    (
        "Forgot my password for the student portal and I can't find the reset email in my inbox. Could you resend it to maria.t@outlook.com? Thanks!",
        "none",
    ),
    (
        "Hey, thanks for the quick fix on the RSS feed yesterday. Also, I've decided to move the show elsewhere, so once the export finishes please delete my account, all my episodes and the listener data. Show: The Quiet Hour.\n- Dev Malhotra",
        "account_closure",
    ),
    (
        "I saw the banner about planned maintenance on Sunday from 2 to 4am UTC. Will scheduled episodes still publish during that window, or should I move mine to 5am?",
        "none",
    ),
    (
        "Cancel my car-share membership for good and delete my account. Member ID CS-90431.",
        "account_closure",
    ),
    (
        "Hi! I'm going travelling for 6 weeks. Can I pause my Hop Hoard subscription for June and July and restart in August? Not cancelling, just taking a break.\nCheers, Owen",
        "none",
    ),
    (
        "To whom it may concern,\nI act for Ms. Rosa Delgado. Your firm filed her 2023 return with an error that has triggered an IRS penalty of $2,140. Unless we receive a written response within 14 days, we will file a claim in small claims court for the penalty and your preparation fee.\nSincerely,\nMark Feldman, Attorney at Law",
        "legal",
    ),
    (
        "What's the price difference between the 4kW and 6kW solar packages? Is a battery included in either one?",
        "none",
    ),
    (
        "Hello, I'm a social worker supporting a client, Mr. D. Nwosu, who holds a pet insurance policy with you (policy PI-553920). He wants to make a subject access request under UK GDPR for all personal data and call recordings you hold on him. Please treat this email as the formal request; his signed authorisation is attached.\nBest,\nClaire Hendry, Adult Social Care, Leeds City Council",
        "legal",
    ),
    (
        "Hello, quick question about the sideboard I bought. Confirmation below:\n> Order: FM-204471\n> Item: Teak sideboard, 1970s\n> Delivery: 14-16 May\n> Total: £260.00\nWill the courier carry it up to a 2nd-floor flat, or is it kerbside only?\nThanks, Becky",
        "none",
    ),
    (
        "Someone logged into my podcast account from Brazil last night and changed the email address. That wasn't me.",
        "security",
    ),
    (
        "Just wanted to say thank you: our twins had the best week at Lakeside Camp. The counsellors were amazing and we'll definitely be back next summer!\n- The Harrington family",
        "none",
    ),
    (
        "Hi there, a couple of things. Is the Ercol dining set listing still active? Also, I got an email that looked like it came from you asking me to 'verify my payout details' through a link. I clicked it and entered my bank login before I realised. Now my listings have been edited and my payout account has been changed. Please help! Username oakandash_lou.",
        "security",
    ),
    (
        "Hi, I'm reading your privacy policy before I sign up. Do you share claim data with vets automatically, or only with my permission?",
        "none",
    ),
    (
        "Writing for my boss, Mr. Ken Adeyemi. He got a text with a login code for your car-sharing app that he didn't request. Then a booking he never made appeared on his account for a van in Bristol (booking #CSB-66120). He's abroad at the moment. Can you lock the account today?\n- Sophie Grant, PA",
        "security",
    ),
    (
        "Hi, the tracking for my order FM-318802 (a set of brass door handles) hasn't updated since Tuesday and still says 'in transit'. Could you check with the courier where it is?",
        "none",
    ),
    (
        "My wallet was stolen on the number 42 bus this morning with my annual season pass in it (pass no. RB-7719-2204). Can you block the pass so nobody else uses it, and send me a replacement?",
        "lost_stolen",
    ),
    (
        "Hi, just to let you know that the double charge from last month was refunded on 3 March. All sorted, thanks to Jenna. My actual question: can I add my partner as a second driver on my car-share membership?",
        "none",
    ),
    (
        "Hi, I think I left the car-share key fob for the Zoe (plate KX21 LMP) in a taxi last night and I can't find it anywhere. It's linked to my account, member 31877. What should I do?",
        "lost_stolen",
    ),
    (
        "What happens if I lose my monthly bus pass? Is there a replacement fee, and would I need to bring ID? I haven't lost it, I just want to know before I buy the annual one.",
        "none",
    ),
    (
        "Hello, there's a £37.50 payment to 'HOPBOX SUBS' on my bank statement dated 11 April. I've never subscribed to a beer box. Can you tell me what this is?\nThanks,\nGareth Pryce",
        "unrecognised_payment",
    ),
    (
        "Not a complaint at all, just some feedback: the wifi in the upstairs room was a bit slow on Tuesday afternoon. Otherwise everything's great. Any plans to add more power sockets by the window seats?",
        "none",
    ),
    (
        "I manage the finances for my mother, Edith Clarke, who is 82. Her bank statement shows three debits of £24.99 to 'SunCell Monitoring' in January, February and March. She has solar panels from you, but she never signed up for a monitoring plan and doesn't recognise these payments. Could you look into it?\nMany thanks,\nPaul Clarke",
        "unrecognised_payment",
    ),
    (
        "Hello, I'm the carer for Mrs. Dorothy Hale (account 118-442). From next week she'd like to add oat milk and wholemeal bread to her standing weekly order. She's very happy with the drivers.\nThank you,\nSam Iqbal",
        "none",
    ),
    (
        "Is the bus tracker app down? Nobody in our office can get it to load, and all the routes are blank.",
        "outage",
    ),
    (
        "Hi Grace, three quick things: 1) I've uploaded my P60. 2) Do I need to include the interest from my savings account? 3) What's the deadline for getting everything to you for the January filing?\nThanks, Martin Doyle",
        "none",
    ),
    (
        "Hi team, a quick heads-up and a question. 1) Loving the new analytics page. 2) None of our episodes have played on Spotify or Apple since about 6am. Our feed URL returns a 503, and two other creators in my Discord say theirs are down too. Is your hosting down? We have a sponsor read going live at noon.\nCheers,\nAmara / Static Bloom Podcast",
        "outage",
    ),
    (
        "Do you offer a student discount on the conversational English course?",
        "none",
    ),
    (
        "This is the third time this month that the meeting room I booked at your Leith branch has been given to someone else. I had to take a client call in the corridor. I want to speak to a manager today. Frankly, I'm considering moving our whole team of 8 to another space.",
        "complaint",
    ),
    (
        "If I downgrade from the Pro plan to Free, do my older episodes stay online or do they get deleted? I'm not planning to leave, just budgeting for next year.",
        "none",
    ),
    (
        "Dear Camp Director,\nI am writing to make a formal complaint about how my son Leo (age 9) was treated at Lakeside Camp in the week of 8 July. He was left out of the canoe trip without explanation, and no counsellor answered any of my three phone messages. This is unacceptable for a $780 week.\nI expect a written response.\nRegards,\nNatalie Brooks",
        "complaint",
    ),
    (
        "I just got a 'new sign-in from Chrome on Windows' email. That was me on my new laptop, so nothing to worry about. But how do I turn on two-factor authentication for the tax portal?",
        "none",
    ),
    (
        "Guten Tag,\nich schreibe im Auftrag meines Chefs, Herrn Dr. Tobias Reinhardt. Für das Steuererklärungspaket 'Premium' (Auftrag ST-2024-5581) wurden ihm 249,00 € berechnet, vereinbart waren aber 149,00 €. Er widerspricht der Differenz von 100 € und bittet um eine korrigierte Rechnung. Andernfalls lässt er die Lastschrift zurückbuchen.\nMit freundlichen Grüßen\nAnja Weber, Assistenz der Geschäftsführung",
        "billing_dispute",
    ),
    (
        "Hallo, könnt ihr mir die Rechnung für März (Rechnungsnr. CW-2403-118) noch einmal als PDF schicken? Ich finde sie im Kundenportal nicht. Danke, Felix",
        "none",
    ),
    (
        "Hallo, zwei Sachen: Können Sie mir die Seriennummer des Wechselrichters schicken? Und: Beim Termin am 12.03. wurde mir zugesagt, dass die Anzahlung von 1.200 € für das abbestellte Speichermodul innerhalb von zwei Wochen zurücküberwiesen wird. Bis heute ist nichts angekommen. Kundennr. SOL-40918.\nGruß, Jürgen Hahn",
        "refund_exception",
    ),
    (
        "Guten Tag, wir sind vom 1. bis 21. August im Urlaub. Kann ich die Gemüsekiste für diese drei Wochen pausieren? Kündigen möchte ich ausdrücklich nicht.\nViele Grüße, Familie Brandt",
        "none",
    ),
    (
        "Bitte kündigen Sie mein Bierabo endgültig und löschen Sie alle meine Daten. Kundennr. 77-3012.",
        "account_closure",
    ),
    (
        "Hallo Frau Yilmaz, die doppelte Abbuchung vom Januar wurde inzwischen erstattet, vielen Dank dafür! Jetzt nur noch eine Frage: Ist die Zahnreinigung für unseren Hund Bruno im Tarif Komfort enthalten?\nBeste Grüße, Stefan Lorenz",
        "none",
    ),
    (
        "Sehr geehrte Damen und Herren,\nhiermit verlange ich gemäß Art. 15 DSGVO Auskunft über alle zu meiner Person gespeicherten Daten, insbesondere über die GPS-Fahrtenprotokolle meiner Buchungen seit Januar 2023. Mitgliedsnummer: CS-DE-20571.\nMit freundlichen Grüßen\nKatrin Vogel",
        "legal",
    ),
    (
        "Sehr geehrte Damen und Herren,\nim Auftrag von Frau Prof. Ulrike Haas möchte ich einen Termin für die jährliche Wartung ihrer PV-Anlage (Kundennr. SOL-31022) vereinbaren. Sie ist ab dem 10. Juni wieder erreichbar.\nFreundliche Grüße\nJonas Pfeiffer, Sekretariat",
        "none",
    ),
    (
        "Hallo! Erstens: Gibt es im Herbst wieder einen Spanisch-A2-Kurs am Abend? Zweitens: Ich habe heute eine Mail bekommen, dass mein Passwort geändert wurde, aber das war ich nicht. Jetzt komme ich nicht mehr in mein Konto, und dort ist meine Kreditkarte hinterlegt. Bitte sperren!\nLena Krüger",
        "security",
    ),
    (
        "Ihr habt angekündigt, dass die App in der Nacht auf Sonntag wegen Wartungsarbeiten nicht erreichbar ist. Gilt mein Handyticket in dieser Zeit trotzdem bei Kontrollen?",
        "none",
    ),
    (
        "Guten Tag, ich bin die Betreuerin von Frau Hildegard Sommer (87). Sie hat gestern ihre Seniorenjahreskarte (Nr. 0045-8812-3) im Bus der Linie 611 verloren. Können Sie die Karte sperren und eine Ersatzkarte ausstellen?\nVielen Dank,\nMartina Becker, Pflegedienst Lindenhof",
        "lost_stolen",
    ),
    (
        "Was passiert eigentlich, wenn man den Autoschlüssel vom Carsharing-Wagen verliert? Kostet das etwas? Ist mir nicht passiert, ich frage nur vorsorglich.",
        "none",
    ),
    (
        "Seit heute Morgen kann sich niemand mehr in der Bestell-App einloggen. Bei mir, bei meiner Nachbarin und laut unserem Genossenschafts-Chat bei allen anderen auch kommt nur 'Serverfehler'. Ist das System ausgefallen? Bestellschluss für Donnerstag ist ja heute um 18 Uhr.",
        "outage",
    ),
    (
        "Gibt es den Frühbucherrabatt fürs Sommercamp noch bis Ende März?",
        "none",
    ),
    (
        "Bonjour,\nJ'ai été débitée deux fois de 85 € de frais de livraison pour la commande n° MB-310554 (commode en chêne). Je conteste le second prélèvement et je souhaite qu'il soit annulé.\nCordialement,\nÉlodie Marchand",
        "billing_dispute",
    ),
    (
        "Bonjour, comment se passe le remboursement si je change d'avis dans les 14 jours suivant l'inscription au cours d'anglais ? C'est juste pour savoir avant de m'inscrire. Merci, Sophie",
        "none",
    ),
    (
        "Bonjour, je vous écris au nom de ma voisine âgée, Mme Jeanne Dubois, qui n'a pas d'ordinateur. Son chat est décédé en février et elle a résilié son contrat d'assurance (n° AN-662017). Par téléphone, vous lui avez promis le remboursement des 3 mois de cotisation prépayés (54 €), mais rien n'est arrivé depuis. Merci de vérifier.\nBien à vous,\nLuc Fontaine",
        "refund_exception",
    ),
    (
        "Bonjour, j'ai une nouvelle carte bancaire. Comment mettre à jour mes informations de paiement pour l'abonnement bière ? Merci !",
        "none",
    ),
    (
        "Salut l'équipe ! Merci pour le café offert hier. Par ailleurs, je quitte Lyon à la fin du mois : je souhaite résilier définitivement mon abonnement nomade et supprimer mon compte ainsi que mes données. Membre n° CWL-1187.\nBonne journée, Hugo",
        "account_closure",
    ),
    (
        "Bonjour,\nVoici ma confirmation :\n« Commande MB-298117 - Fauteuil Voltaire - Livraison prévue le 22/05 entre 8h et 13h »\nEst-il possible de décaler la livraison à l'après-midi ? Je travaille le matin.\nCordialement,\nAnnie Roux",
        "none",
    ),
    (
        "Madame, Monsieur,\nÀ la suite d'une erreur de votre service dans ma déclaration 2023, j'ai dû payer une majoration de 610 € au fisc. Sans proposition de dédommagement sous 15 jours, je saisirai le médiateur et mon avocat engagera une procédure.\nSalutations,\nBernard Lefèvre",
        "legal",
    ),
    (
        "Bonjour, je suis assistante sociale et j'accompagne M. Youssef Haddad pour sa déclaration de revenus. Pourriez-vous nous indiquer quels justificatifs apporter au rendez-vous du 12 avril ?\nBien cordialement,\nCamille Garnier, CCAS de Nantes",
        "none",
    ),
    (
        "Bonjour, je vois sur mon relevé un prélèvement de 195 € au nom de « CAMP LES PINS » daté du 2 mai. Je n'ai inscrit aucun enfant cette année. De quoi s'agit-il ?",
        "unrecognised_payment",
    ),
    (
        "Ce n'est pas une réclamation, juste une question : ma fille a perdu sa gourde pendant la colonie. Y a-t-il un bac des objets trouvés ?",
        "none",
    ),
    (
        "Troisième livraison de suite avec des produits frais abîmés et des articles manquants. J'en ai assez : je veux parler à un responsable, sinon je quitte la coopérative.",
        "complaint",
    ),
    (
        "Salut ! Deux questions : 1) comment ajouter un co-animateur sur mon compte ? 2) est-ce que je peux exporter mes statistiques d'écoute en CSV ?\nMerci, Julien - podcast « Café Crème »",
        "none",
    ),
    (
        "Bonjour, on m'a volé mon téléphone dans le métro hier soir. Votre application d'autopartage est installée dessus avec ma carte enregistrée, et je suis toujours connecté. Pouvez-vous déconnecter l'appareil et bloquer l'accès ? Membre 58230, Karim Benali.",
        "lost_stolen",
    ),
    (
        "Hola, me cobraron 89 € el 5 de septiembre por la renovación del curso de alemán, pero cancelé la renovación automática el 20 de agosto y tengo el correo de confirmación. Exijo que anulen ese cargo o abriré una disputa con el banco.\nMarta Salas",
        "billing_dispute",
    ),
    (
        "Hola, ¿puedo anular solo el pedido del viernes (n.º CP-40277)? El resto de la suscripción lo mantengo igual.",
        "none",
    ),
    (
        "Buenas, dos cosas: ¿podéis cambiar mi próxima caja a la selección IPA? Y lo otro: la caja de marzo llegó con 4 botellas rotas. El 18/03 me dijisteis que me devolvíais 32 €, y todavía no lo veo en la cuenta. Pedido CB-88412.\nGracias, Álvaro",
        "refund_exception",
    ),
    (
        "Buenas, no recuerdo la contraseña de la app. ¿Cómo la restablezco? Mi correo es lucia.mr@gmail.com.",
        "none",
    ),
    (
        "Urgente: he recibido un correo de 'vuestro equipo' pidiéndome el DNI y la contraseña para 'verificar la declaración'. En el correo aparecían mi número de cliente y mi dirección. ¿Han sufrido una brecha de seguridad? Creo que mis datos se han filtrado.",
        "security",
    ),
    (
        "Hola, ¿durante cuánto tiempo guardan las grabaciones de las clases online según su política de privacidad? Es simple curiosidad.",
        "none",
    ),
    (
        "Buenos días, soy trabajadora social del Ayuntamiento de Zaragoza y escribo en nombre de D. Ramón Gil, usuario de nuestro servicio. En su cuenta bancaria aparecen dos cargos de 18,40 € de 'MASCOTASEGUR' que él no reconoce. Dice que nunca ha contratado un seguro para mascotas, y además no tiene mascota. ¿Podrían aclarar de qué se trata?\nUn saludo,\nInés Romero",
        "unrecognised_payment",
    ),
    (
        "Hola, solo para confirmar que ya me llegó la tarjeta de transporte nueva que pedí cuando perdí la anterior en enero. Todo bien. Una pregunta: ¿el bono mensual se puede recargar online?",
        "none",
    ),
    (
        "¿Está caída la web de venta de billetes? Ni yo ni mis compañeros podemos comprar, da error 500 desde las 7.",
        "outage",
    ),
    (
        "¿Cuánto cuesta el bono de 10 días en el coworking? ¿Incluye café?",
        "none",
    ),
    (
        "Estimados señores:\nLlevamos 6 semanas esperando a que vengan a reparar el inversor que nos instalaron en abril, y nadie responde. Es una vergüenza. Presento una queja formal y quiero que me llame un responsable esta semana. Si no, contrataré a otra empresa y lo contaré en todas las reseñas.\nAtentamente,\nCarmen Ortega",
        "complaint",
    ),
    (
        "Estimado equipo:\nSolo quería agradecerles la instalación de las placas la semana pasada. Los técnicos fueron muy puntuales y lo dejaron todo limpio. Ya vemos la producción en la app.\nUn saludo,\nFernando y Pilar Navarro",
        "none",
    ),
    (
        "Buenos días, escribo de parte de mi abuela, Dña. Rosario Vidal, que tiene la póliza PM-71204 para su gata Luna. Quería saber si la revisión anual en el veterinario está cubierta y cómo enviar la factura.\nGracias,\nDaniel Vidal",
        "none",
    ),
)

# Set AB: written blind on 2026-12-08 (thirteenth session) by a writer who read no code of the
# project: vineyard tours, a hearing-aid clinic, a kids' sports club, movers, 3D printing, cinemas,
# home-solar leasing, an online florist, dog walking, a caravan park, student housing, a mobile
# game studio; transcribed voicemails, formal letters, unpunctuated texts, forwarded messages,
# quoted terms, long two-topic messages. Kept unread: only its figures are read.
SPOKEN_CHECKS_AB: tuple[tuple[str, str], ...] = (
    (
        "Hi, um, this is Gareth Pryce, you moved us from Leeds to, uh, Harrogate last Thursday. The quote said eight hundred and forty pounds, fixed price, it's in the email, and I've just seen you've taken, um, one thousand one hundred and twelve off my card. Nobody said anything about extras on the day. I'm not paying the difference, so, uh, please put it back or ring me. It's oh-seven-seven-one-two... actually I'll text you the number. Thanks.",
        "billing_dispute",
    ),
    (
        "Dear Sir or Madam,\n\nRe: Solar lease agreement SL-40218, invoice dated 1 November\n\nI write to formally dispute the above invoice. It applies an annual escalator of 6.5% to my monthly payment. Clause 4.2 of my agreement states that 'the monthly lease payment shall increase by no more than 2.9% per annum'. The amount invoiced is therefore not owed.\n\nI will pay only the sum consistent with the contract and ask that you issue a corrected invoice and confirm that no late fees will be applied in the meantime.\n\nYours faithfully,\nH. Marchetti",
        "billing_dispute",
    ),
    (
        "hey quick one lol biscuit had her walk tuesday all good walker was lovely she even sent a pic. also random but my banking app shows you took the 18.50 twice for that walk same time same amount?? can u put one back thx",
        "billing_dispute",
    ),
    (
        "Your terms say 'Deposits are non-refundable if cancelled within 28 days of arrival.' I know that and I'm not arguing with it. But my father was admitted to hospital on the 3rd and we simply couldn't travel. I'm asking you to make an exception and refund the £250 deposit for pitch 17. I can send the hospital letter if that helps.",
        "refund_exception",
    ),
    (
        "Long story, sorry. We booked the Saturday premium screening for my son's ninth birthday, six tickets plus the popcorn bundle. Two days before, the school moved his football final to that exact afternoon, so of course he wanted to play.\n\nI went online to move the booking and it had passed the 24-hour cut-off by about forty minutes. I know the booking page says no changes after that.\n\nIt was £87, which honestly is a lot for us this month. Is there anything at all that can be done to get that back to us?",
        "refund_exception",
    ),
    (
        "Forwarding this from Priya in procurement, she's off this week.\n\n---------- Forwarded message ----------\nHi, your support agent (Tom) confirmed on 14 October that the failed batch of nylon brackets, order 3DP-7781, would be refunded in full, EUR 412.60, within 5-7 working days. It's now December and nothing has come through. Please chase.\n----------\n\nCan someone tell me where this money is?",
        "refund_exception",
    ),
    (
        "someone got into my account. all my gems are gone my username is changed to some weird thing and the email on it isnt mine anymore. i didnt do any of this. ive played for 3 years please help",
        "security",
    ),
    (
        "Hi, two things.\n\nFirst, the washing machine in the laundry room on floor 3 is leaking again, there's a puddle by the door. Could someone come and look at it?\n\nSecond, and maybe this is nothing, but yesterday I got an email that looked like it was from you asking me to 'confirm my tenancy details before renewal'. I clicked it and put in my portal login and my bank details. This morning the portal says my password has been changed and I can't get in. Is that something you did?",
        "security",
    ),
    (
        "Hello,\n\nI'm a security researcher and a customer. While ordering flowers last week I noticed that changing the order number at the end of the order-confirmation link shows other customers' names, delivery addresses, phone numbers and card messages. I checked two numbers only to confirm it and have not kept any data.\n\nPlease pass this to whoever handles security. I'm happy to share the details privately and to wait before publishing anything.\n\nBest regards,\nNoor Haddad",
        "security",
    ),
    (
        "This is the third time this term that the under-9s Saturday session has been cancelled with less than an hour's notice. I've driven 25 minutes twice now to find an empty pitch and two crying kids. Nobody apologises, nobody explains, the WhatsApp group just says 'no training today'.\n\nI want to speak to whoever actually runs the club, not another volunteer. If this isn't sorted I'm taking both of mine somewhere else in January and I'll want the rest of the term's fees back.",
        "complaint",
    ),
    (
        "Yeah, hi, it's, um, Doreen Walsh. I've been waiting, what, three weeks now for my hearing aids to come back from the repair, and every time I ring I get told 'next week, next week'. I'm seventy-eight, I can't hear the telly, I can't hear my grandkids on the phone. It's just not good enough. I want the manager to ring me, not the girl on the front desk. Today, please. Thank you.",
        "complaint",
    ),
    (
        "Good evening,\n\nI hope you don't mind me writing. We joined your Saturday estate tour and tasting for our parents' fortieth anniversary, a group of eight.\n\nThe guide arrived forty minutes late and didn't mention it. The 'three-course vineyard lunch' turned out to be a cheese board shared between all of us. When my mother asked politely whether there was anything else, she was told, in front of everyone, that 'this isn't a restaurant'.\n\nI have recommended you to a lot of friends over the years and now feel rather embarrassed to have done so. I would be grateful if someone senior could look into this properly and get back to me.\n\nKind regards,\nElaine Foster",
        "complaint",
    ),
    (
        "My solicitor has advised me to put this in writing. On 2 November your crew dropped and broke the antique oak dresser that was listed on your inventory sheet. I have sent three emails with photos and a valuation and had no reply. If I do not receive a settlement proposal within 14 days of this message, we will file a claim in the small claims court without further notice.",
        "legal",
    ),
    (
        "To the data protection officer,\n\nUnder Article 15 of the GDPR I request a copy of all personal data you hold about me, including the GPS tracks of walks, photos of my home and dog taken by walkers, messages between me and walkers, and a list of any third parties you have shared my data with. Please respond within one month as required.\n\nAccount email: t.bakker@example.net",
        "legal",
    ),
    (
        "Please delete my account and all the data connected to it. Player ID 88231-KX. I don't want to play anymore and I don't want you keeping my info. Confirm when it's done.",
        "account_closure",
    ),
    (
        "Hello, we're selling the house in February. The estate agent says buyers get nervous about leased panels and it's slowing things down. Rather than transferring the agreement to the buyer, we'd like to bring it to an end and have everything taken off the roof before completion. Could you tell us the process, what it costs and how long it takes?",
        "account_closure",
    ),
    (
        "Lost the gate fob for pitch 42 somewhere on the beach yesterday afternoon. It also opens the shower block and the barrier. Can you switch it off so nobody else can use it and sort me a new one? We're here till Sunday.",
        "lost_stolen",
    ),
    (
        "Bit embarrassing this. Went out Friday for a friend's birthday, and my bag got taken off the back of my chair at the pub. Phone, purse, the lot. And yeah, my room card was in the purse, in that little sleeve you gave us with the building name and my flat number on it.\n\nPolice gave me a crime reference, I can send it. Anyway, what do I do now?",
        "lost_stolen",
    ),
    (
        "There's a charge from you on my card for £64.99 dated 2 December. I haven't ordered flowers from you, ever, and as far as I know I don't have an account with you. What is this?",
        "unrecognised_payment",
    ),
    (
        "Your whole booking site and the app have been down since about 6pm. Every page just says 'Service unavailable' and the box office line rings out. We're a school trying to book ninety seats for Friday's matinee. Is this down for everyone? When will it be back?",
        "outage",
    ),
    (
        "Guten Tag,\n\nauf meiner Kreditkartenabrechnung erscheint eine Abbuchung über 349,00 € mit dem Namen Ihres Hörakustik-Fachgeschäfts. Ich war zuletzt im Mai zur kostenlosen Kontrolle bei Ihnen und habe seitdem nichts gekauft. Diese Zahlung habe ich nicht veranlasst.\n\nBitte klären Sie umgehend, was das ist.\n\nMit freundlichen Grüßen\nIngrid Seifert",
        "unrecognised_payment",
    ),
    (
        "Ja, hallo, äh, hier ist Kowalski, Vertragsnummer, äh, S-L-vier-vier-zwei-eins. Die ganze Anlage ist seit gestern Mittag aus. Der Wechselrichter blinkt nur noch rot, und die App zeigt bei uns gar nichts mehr an, bei den Nachbarn, die auch bei Ihnen sind, übrigens auch nicht. Also kein Strom vom Dach, nichts. Bitte rufen Sie zurück, äh, danke.",
        "outage",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich der Veröffentlichung von Fotos meiner Tochter (U10-Mädchen) auf der Instagram-Seite und der Website Ihres Vereins. Eine Einwilligung wurde von uns nie erteilt.\n\nIch fordere Sie auf, sämtliche Aufnahmen binnen sieben Tagen zu entfernen und mir dies schriftlich zu bestätigen. Andernfalls werde ich Beschwerde bei der Landesdatenschutzbehörde einlegen und anwaltliche Hilfe in Anspruch nehmen.\n\nHochachtungsvoll\nDr. Markus Reinhold",
        "legal",
    ),
    (
        "Hallo, kurze Frage zum Ablauf. Unsere Gassigeherin Lena hat ja unseren Haustürschlüssel für die Mittagsrunden mit Bruno.\n\nSie hat mir gestern Abend geschrieben, dass ihr im Park der Rucksack geklaut wurde, mit allem drin. Sie meinte, das sei nicht so schlimm, es stehe ja keine Adresse dran. Aber an dem Schlüssel hängt der Anhänger aus Ihrer App, mit Brunos Namen und unserer Kundennummer.\n\nMuss ich da jetzt irgendwas machen?",
        "lost_stolen",
    ),
    (
        "hallo ich möchte mein kino abo komplett kündigen und mein kundenkonto auch gleich löschen lassen bitte zum nächstmöglichen termin danke",
        "account_closure",
    ),
    (
        "In Ihren AGB steht unter § 5: „Wartezeiten, die der Auftraggeber nicht zu vertreten hat, werden nicht berechnet.“ Trotzdem stellen Sie uns drei Stunden Wartezeit à 95 € in Rechnung, weil Ihr LKW auf der A7 im Stau stand. Diese Position erkenne ich nicht an. Ich überweise den Rechnungsbetrag abzüglich 285 € und erwarte eine korrigierte Rechnung.",
        "billing_dispute",
    ),
    (
        "Liebes Team,\n\nvielen Dank für die Bestätigung unserer Osterbuchung. Eine Frage dazu: Ist Stellplatz 12 am Wasser wieder frei, oder bleibt es bei 31?\n\nBei der Gelegenheit möchte ich nicht verschweigen, dass unser Aufenthalt im August leider eine große Enttäuschung war. Die Sanitäranlagen wurden tagelang nicht gereinigt, nachts war bis zwei Uhr Lärm vom Nachbarplatz, und als wir das an der Rezeption angesprochen haben, wurden wir ziemlich von oben herab abgewimmelt.\n\nEhrlich gesagt überlegen wir, ob wir Ostern überhaupt kommen. Wir sind seit elf Jahren Stammgäste. Ich würde mir wünschen, dass sich die Platzleitung einmal persönlich bei uns meldet.\n\nViele Grüße\nFamilie Hartmann",
        "complaint",
    ),
    (
        "Bonjour,\n\nje vois sur mon relevé bancaire trois prélèvements de 19,99 € au nom de votre studio, tous le 28 novembre. Personne chez nous n'a rien acheté : on a vérifié avec mon fils, l'historique d'achats dans le jeu est vide, et la carte n'est enregistrée sur aucun téléphone de la maison. Je ne reconnais pas ces paiements.\n\nMerci de me dire d'où ils viennent.",
        "unrecognised_payment",
    ),
    (
        "Transféré par ma collègue Sophie :\n\n« Le site ne marche plus du tout depuis ce matin. Impossible de passer commande, le panier se vide à chaque étape et le paiement affiche une erreur 500, sur ordinateur comme sur mobile. J'ai essayé depuis chez moi aussi, pareil. »\n\nNous commandons chaque semaine pour l'accueil de nos bureaux et nous avons une soirée client demain. Pouvez-vous regarder en urgence ?",
        "outage",
    ),
    (
        "Bonjour, j'ai reçu hier soir un mail de votre part confirmant le changement de l'adresse e-mail de mon espace patient. Je n'ai rien changé du tout. Depuis, je ne peux plus me connecter, et cet espace contient mes audiogrammes et mon dossier. Quelqu'un d'autre y a accès. Que dois-je faire ?",
        "security",
    ),
    (
        "Madame, Monsieur,\n\nVos conditions générales précisent que « toute annulation intervenant moins de 72 heures avant la visite ne donne lieu à aucun remboursement ». J'en ai parfaitement conscience.\n\nToutefois, la grève du 15 novembre nous a empêchés de rejoindre Beaune : notre train a été supprimé la veille au soir, sans solution de remplacement. Je me permets donc de solliciter, à titre exceptionnel, le remboursement des quatre places de la visite-dégustation (236 €), ou à défaut un avoir.\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nClaire Dumontet",
        "refund_exception",
    ),
    (
        "Bonjour,\n\nje me permets de vous relancer au sujet de ma caution de 580 €. J'ai quitté le studio B214 fin août, l'état des lieux de sortie a été signé sans aucune réserve, et depuis je n'ai eu aucune nouvelle malgré trois e-mails.\n\nMon père, qui est avocat, m'a conseillé de vous adresser une mise en demeure si rien n'est réglé d'ici le 20 décembre, puis de saisir la commission départementale de conciliation. Je préférerais évidemment éviter d'en arriver là.\n\nCordialement,\nThéo Lambert",
        "legal",
    ),
    (
        "bjr jai perdu ma carte cadeau cinema hier soir je sais pas ou, y avait encore 120 euros dessus. est ce que vous pouvez la bloquer svp avant que qqun lutilise, jai le numero sur le mail de ma soeur",
        "lost_stolen",
    ),
    (
        "C'est inadmissible. Rendez-vous fixé à 8 h, votre équipe est arrivée à 13 h sans prévenir, j'ai dû poser une journée de congé pour rien et rendre les clés de l'ancien appartement en retard. Deux cartons ont été ouverts et laissés sous la pluie.\n\nJe veux parler à un responsable aujourd'hui même, pas demain. Et sachez que je laisserai un avis partout où je le pourrai.",
        "complaint",
    ),
    (
        "Hola, eh, buenas, llamo porque me ha llegado un cargo de, a ver, ciento treinta y dos euros con cuarenta del camping, y nosotros este año no hemos ido, eh, la última vez fue en el dos mil veinticuatro. No sé qué es eso, yo no lo he pagado ni reservado nada. Llámenme, por favor, al seis-uno-dos, eh, cuatro-cuatro... bueno, tienen mi número en la ficha. Gracias.",
        "unrecognised_payment",
    ),
    (
        "Los servidores llevan caídos desde las diez de la mañana. Nadie de mi clan puede entrar, sale 'error de conexión' en todos los móviles, Android y iPhone, con wifi y con datos. ¿Hay alguna estimación de cuándo vuelve?",
        "outage",
    ),
    (
        "Hola, alguien ha entrado en mi cuenta de la plataforma de impresión: aparecen tres pedidos que yo no hice, enviados a una dirección de Valencia, y en el historial figuran descargas de mis archivos STL, que son diseños confidenciales de un cliente. Ya he cambiado la contraseña, pero no sé si la persona sigue dentro. ¿Qué hago?",
        "security",
    ),
    (
        "Buenas tardes.\n\nEn octubre encargué un ramo para el funeral de mi madre. Llegó tarde y bastante marchito. Una compañera suya, Marta, me llamó, me pidió disculpas con mucha amabilidad y me dijo que me devolverían los 85 euros en unos días.\n\nQuería darles las gracias por el trato de Marta en un momento tan difícil. Por otro lado, han pasado seis semanas y el dinero no ha llegado a mi cuenta.\n\nUn saludo,\nPilar Ortega",
        "refund_exception",
    ),
    (
        "Estimados señores:\n\nPor medio de la presente les comunico mi decisión de rescindir el contrato de arrendamiento de paneles solares n.º AR-2291-M con efecto a 31 de enero, conforme a la cláusula 12 del mismo. Les ruego que me indiquen la fecha de retirada de la instalación y que procedan a dar de baja mi cuenta de cliente y a suprimir mis datos una vez liquidado el contrato.\n\nAtentamente,\nJavier Muñoz Calvo",
        "account_closure",
    ),
    (
        "hola que tal os escribo por lo de la cuota de diciembre de los dos peques, nos habeis pasado 90 euros a cada uno pero en la reunion de septiembre dijisteis que el segundo hermano tenia el 50 por ciento y ademas el mayor estuvo lesionado todo noviembre y el entrenador dijo que ese mes no se cobraba. asi no lo pienso pagar, decidme como lo arreglamos",
        "billing_dispute",
    ),
    (
        "Hi! Just wondering how refunds work if it rains on the day of a vineyard tour. Do you move us to another date or give the money back? We're looking at booking for March.",
        "none",
    ),
    (
        "My payment was higher this month, £68 instead of £52, but I see that's the annual adjustment you wrote to us about in September. Just checking that's right and that there's nothing I need to do. Thanks.",
        "none",
    ),
    (
        "Hi, um, it's Ray Donnelly. I've got the, uh, the ear-wax appointment booked for Tuesday at half ten. I need to cancel that one, I've got a dentist clash. Could we do, um, the Thursday after instead? Same time's fine. Thanks, bye.",
        "none",
    ),
    (
        "I forgot my password but the reset email came through straight away and I'm back in, thanks! Is there a way to move my progress to my new phone as well?",
        "none",
    ),
    (
        "Tracking says my parcel (order 3DP-9120, the resin miniatures) was delivered yesterday at 14:02, but it's not at my door. Could you check with the courier where they left it? A neighbour might have it.",
        "none",
    ),
    (
        "Hi, my friend who's a lawyer is moving into a flat in the same building as me next month. Would you do a discount if you moved us both on the same day? It's a two-bed and a studio, both third floor, there's a lift.",
        "none",
    ),
    (
        "I'm not complaining, but screen 4 was freezing on Sunday evening, the air con was going full blast. Might be worth someone checking it. Film was great though!",
        "none",
    ),
    (
        "can i take the weekend add on off my plan pls keep the weekday walks as they are ta",
        "none",
    ),
    (
        "Hi, I ordered a bouquet for my sister's birthday for delivery tomorrow. Will it come in the morning or the afternoon? She works from home till 1.",
        "none",
    ),
    (
        "Do you allow two dogs per pitch? And is there electric hook-up on the hardstanding pitches or only on the grass ones?",
        "none",
    ),
    (
        "Hi, I've locked myself out of my room. The key card is inside on my desk, not lost, I just forgot it. Is anyone at reception until 10 tonight who can let me in?",
        "none",
    ),
    (
        "Forwarding from my wife: 'Can you ask if the club does holiday camps over Christmas, and for what ages?' So yes, do you? Our two are 7 and 10.",
        "none",
    ),
    (
        "I saw a £4.99 charge from you and was confused for a second, then remembered my daughter bought the Winter Pass on her tablet, with my permission. All fine. Can I set it up so she needs my approval for purchases in future?",
        "none",
    ),
    (
        "Dear Dr Okafor,\n\nThank you for your care at my fitting last month. I am getting on well with the new aids. I write to ask whether they will work with the hearing loop at my church, and whether I should bring them in for any adjustment before Christmas.\n\nYours sincerely,\nMargaret Hill",
        "none",
    ),
    (
        "Two things. The app shows our generation for November was really low compared with summer. Is that normal for winter, or should we worry?\n\nAlso, we're having the gutters cleaned next week. Do we need to tell you beforehand, and is the cleaner allowed to go near the panels?",
        "none",
    ),
    (
        "Your website was a bit slow when I was booking earlier, but it went through in the end and I've got the confirmation email. Could you add a vegetarian lunch for one person in our group of five?",
        "none",
    ),
    (
        "Got your invoice, thanks, £960 as quoted. Can I pay by bank transfer rather than card, and what reference should I use?",
        "none",
    ),
    (
        "Hiya, it's, um, Jo, Pepper's mum. Just ringing to say the new walker, um, Sam, was great, Pepper came back completely knackered. One small thing, could she text me when she's dropped her back? Not a big deal at all. Thanks, bye!",
        "none",
    ),
    (
        "How do I stop the weekly marketing emails? I want to keep my membership and my account, I just want fewer emails.",
        "none",
    ),
    (
        "Before we send anything: is it safe to upload confidential prototype files to you? Do you sign NDAs, and how long do you keep the STL files after printing?",
        "none",
    ),
    (
        "Hallo, wie läuft das eigentlich mit Rückerstattungen, wenn ein Strauß mal beschädigt ankommt? Bekommt man dann das Geld zurück oder einen neuen Strauß? Frage nur vorab, ich möchte für eine Hochzeit bestellen.",
        "none",
    ),
    (
        "Ja, hallo, äh, Bergmann hier. Wir haben für Samstag, äh, die Weinprobe um vierzehn Uhr, sechs Personen. Eine Person fällt aus, also nur noch fünf. Den Rest lassen wir so. Danke, tschüss.",
        "none",
    ),
    (
        "Hallo, ich habe die Nebenkostenabrechnung bekommen, 112 € Nachzahlung. Passt schon, wir haben im Winter viel geheizt. Kann ich das in zwei Raten zahlen?",
        "none",
    ),
    (
        "Hallo, ab welchem Alter kann mein Sohn beim Schwimmtraining mitmachen? Er wird im März sechs und kann schon ein bisschen schwimmen.",
        "none",
    ),
    (
        "Ich habe mein Handy gewechselt und mich auf dem neuen Gerät angemeldet. Da kam eine Mail „Neue Anmeldung erkannt“, das war ich selbst, alles gut. Mein Spielstand ist auch da, nur die Freundesliste fehlt. Wie bekomme ich die zurück?",
        "none",
    ),
    (
        "Ich will mich gar nicht beschweren, die Jungs waren super und alles ist heil angekommen. Mir fehlt nur noch eine Rechnung mit ausgewiesenem Lohnanteil für die Steuer. Könnten Sie mir die per Mail schicken?",
        "none",
    ),
    (
        "Bonjour, pour notre séjour de juillet au mobil-home n° 8, pouvez-vous annuler l'option ménage de fin de séjour ? On garde tout le reste. Merci !",
        "none",
    ),
    (
        "Bonjour, une amie avocate m'a parlé de votre offre de location de panneaux solaires. Avant de m'engager, j'aimerais savoir quel serait le loyer mensuel pour une maison de 120 m² orientée sud, et ce qui se passe au bout des 20 ans.",
        "none",
    ),
    (
        "Bonjour, j'ai perdu le petit étui de rangement de mes appareils auditifs (les appareils, je les ai, heureusement !). Est-ce que vous vendez un étui de remplacement ?",
        "none",
    ),
    (
        "slt vous savez quand sort le prochain pixar chez vous et si y aura des seances en vo",
        "none",
    ),
    (
        "Bonjour, j'avais oublié mon mot de passe, la réinitialisation a bien marché. Par contre je ne trouve plus où modifier les horaires de promenade de Noisette dans la nouvelle version de l'appli ?",
        "none",
    ),
    (
        "Madame, Monsieur,\n\nNotre bureau d'études souhaiterait obtenir un devis pour l'impression de quarante pièces en PETG noir, dimensions maximales 80 x 60 x 25 mm, livraison souhaitée avant le 15 janvier. Vous trouverez les fichiers en pièce jointe.\n\nJe vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\nAnne-Laure Vasseur",
        "none",
    ),
    (
        "Bonjour, deux petites choses. Je voudrais résilier uniquement ma place de parking à partir de janvier, je vends ma voiture ; je garde bien sûr mon studio. Et est-ce que le wifi de la salle commune va être réparé bientôt ? Ça coupe un peu le soir, dans les chambres ça marche bien.",
        "none",
    ),
    (
        "Hola, ¿cómo funcionan las devoluciones si cancelamos la visita a la bodega con más de una semana de antelación? Es para saberlo antes de reservar.",
        "none",
    ),
    (
        "Hola, eh, soy la madre de Lucía, la de, eh, sub-diez. Quería saber si el entrenamiento del jueves es a las seis o a las seis y media, que con el cambio de horario me he liado. Gracias, eh, hasta luego.",
        "none",
    ),
    (
        "En sus condiciones pone 'entrega el mismo día para pedidos realizados antes de las 14:00'. Si hago el pedido ahora, a la una y media, ¿llega hoy a Sevilla centro?",
        "none",
    ),
    (
        "No me quejo, ¿eh?, el juego me encanta, pero el último evento era bastante difícil para los jugadores nuevos. ¿Van a repetir las recompensas más adelante?",
        "none",
    ),
    (
        "Hola, después de la mudanza no encuentro una caja de libros, seguramente está en el trastero con las demás. ¿Me confirmáis cuántas cajas apuntasteis en el inventario? Así las cuento.",
        "none",
    ),
    (
        "Hola, la factura de este mes es más alta que la anterior, pero ya he visto que es por la luz del calefactor en noviembre. Todo correcto. ¿Me la podéis mandar también en PDF?",
        "none",
    ),
    (
        "buenas tengo dos entradas para el sabado a las 20:00 en 3D, se pueden cambiar a la sesion de las 22:00? si no se puede no pasa nada",
        "none",
    ),
)

# Set AC: written blind on 2026-12-08 (thirteenth session) by a writer who read no code of the
# project: a water utility, a funeral director, a hotel chain, a home-care agency, pet insurance,
# furniture delivery, a marina, a family music-streaming plan, phone repair, a climbing gym,
# student accommodation, a wedding venue; every message a transcribed call or voicemail in the
# issue's spoken style (hesitations, false starts, names and numbers spelled out, chit-chat,
# callback numbers), ordinary messages everyday ones. Kept unread: only its figures are read.
SPOKEN_CHECKS_AC: tuple[tuple[str, str], ...] = (
    (
        "Hi, uh, hello, yes, this is, sorry, I was on hold for a while there, I nearly forgot what I was ringing about. Um, so my name's Gareth Pryce, that's P-R-Y-C-E, and I'm calling about my water bill, the one that came on, uh, the third of this month. Account number is, hang on, six one zero, four four, eight two nine seven. So normally, normally, I pay about fifty-eight pounds a quarter, it's just me and the dog in a two-bed flat, and this bill says four hundred and twelve pounds sixty. Four hundred and twelve! And the meter reading on it is, I went out and looked, the reading on the bill is way higher than what's actually on the meter, it's like someone added a digit. So I'm not paying that, I'm disputing it, I want the amount corrected and the direct debit stopped from taking that until it's sorted. Um, yeah. You can get me on oh seven seven two one, three three eight, five oh four. Thanks.",
        "billing_dispute",
    ),
    (
        "Ja, guten Tag, äh, Brandstetter hier, Monika Brandstetter, B-R-A-N-D-S-T-E-T-T-E-R. Ich, ähm, ich war vom zweiten bis vierten Oktober in Ihrem Hotel in Leipzig, am Hauptbahnhof, und jetzt seh ich auf meiner Kreditkartenabrechnung, dass die Übernachtung zweimal abgebucht wurde. Also zweimal zweihundertachtundvierzig Euro, einmal am vierten und dann nochmal am siebten, gleicher Betrag, gleiche Buchungsnummer, äh, die ist H-L-Z, sieben sieben null drei eins. Ich hab nur einmal da geschlafen, ja, also, das eine muss zurück. Ich widerspreche der zweiten Abbuchung, und wenn das nicht bis Ende der Woche geklärt ist, dann lass ich das über die Bank zurückbuchen. Rückruf bitte unter null eins sieben sechs, zwo drei vier, fünf fünf neun null. Danke.",
        "billing_dispute",
    ),
    (
        "Yeah hi, um, so it's about the family plan. The, uh, the one that's under my name, Delphine Okafor, O-K-A-F-O-R. So basically the kids have all sort of gone their own way, my eldest's at uni and has her own thing, and honestly we just don't use it. I want to cancel the whole thing. Not downgrade, not, you know, move to the single plan, I mean cancel the whole family plan, and close my account, and I'd like all the data deleted too, the listening history, all of it. I tried doing it in the app and it kept bouncing me to a page offering me three months at half price, which, no thank you. So yeah, please just close it down. The email on it is delphine dot okafor at, uh, it's a gmail. Callback if you need it, oh seven nine four six, two two one, eight eight three. Cheers.",
        "account_closure",
    ),
    (
        "Hello? Yeah, hi, sorry, um, I don't really know who to call about this, so, uh. My son, he's fourteen, he uses one of the spots on our family plan, and last night he comes down and says, Mum, someone's playing stuff on my account, and I thought, you know, kids. But then this morning I get an email saying the password on the main account, my account, was changed, and I didn't change it. And now I can't log in at all, it says the email address doesn't match, so they've changed the email too. There's, like, a whole load of playlists in, I think it's Portuguese, that we didn't make, and there's devices listed somewhere in, um, I couldn't even read where. So someone's got into it and taken it over basically. My name's Harriet Lowe, L-O-W-E. My number is oh seven seven oh oh, nine one two, three four six. Please ring me back as soon as you can because my card's on that account.",
        "security",
    ),
    (
        "Hi there, um, good morning. Just a quick one really. I've got a letter saying you'd like me to send in a meter reading, and I, uh, I'm not very good with the website, so I wondered if I can just give it over the phone? Account number is three three zero, nine one, seven five two. Name is Pauline Ashworth, A-S-H-W-O-R-T-H. The reading is, um, zero zero four eight seven, and then there's some red numbers after that, I don't know if you need those. If not, that's fine, I just wanted to make sure my next bill is right. My number is oh one two oh four, five five six, seven one two if you need me. Thank you, love.",
        "none",
    ),
    (
        "Oui, bonjour, euh, je vous appelle au sujet des obsèques de ma tante, madame Lefèvre, L-E-F-E accent grave-V-R-E, qui ont lieu jeudi. Euh, je voulais juste savoir, la chambre funéraire, elle est ouverte à quelle heure pour qu'on puisse venir se recueillir, mercredi ? Parce que mon frère arrive de Lyon et il ne sera là qu'en fin d'après-midi. Et aussi, euh, les fleurs, on peut les faire livrer directement chez vous ou il faut les amener nous-mêmes ? Voilà, c'est tout, merci beaucoup. Mon numéro c'est le zéro six, douze, quarante-quatre, quatre-vingt-un, zéro neuf.",
        "none",
    ),
    (
        "Hi, um, hi, it's Priya Ramanathan, R-A-M-A-N-A-T-H-A-N, we, uh, we had our wedding booked with you for the twentieth of June next year, the Orangery package. So, this is hard to say. My dad had a stroke in September and, um, we've decided to postpone indefinitely, we just can't do it without him there and we don't know when he'll be well enough. I know, I know the contract says the deposit's non-refundable, and I know we're past the ninety days for the second payment too, we paid the four thousand two hundred in total. But I'm asking, I'm really asking, if there's any way you could refund some of it, even part, as a goodwill gesture, given the circumstances. I can send you a letter from the hospital. Please could someone call me, oh seven five three three, six oh two, one one nine. Thank you, sorry, thank you.",
        "refund_exception",
    ),
    (
        "Hallo, ähm, ja, Grüß Gott, ich hätt nur eine kurze Frage. Wir sind, äh, meine Frau und ich, wir wollten mal mit dem Bouldern anfangen, und ich hab gesehen, Sie haben so einen Schnupperkurs. Wann ist denn der nächste, und was kostet der, ist da die Schuhleihe dabei? Und, äh, haben Sie am Feiertag, also am sechsten Januar, offen? Ja, das wär's. Huber, Thomas Huber, H-U-B-E-R, Nummer null eins fünf zwei, acht acht null, drei sieben sechs eins. Danke, servus.",
        "none",
    ),
    (
        "Hi, uh, this is Colin Marsh, I've got berth, um, Delta fourteen, D fourteen, the Westerly, 'Tern'. So, right, I think I've lost my fob. The gate fob, the one that does the pontoon gate and the shower block and the, uh, the fuel pump account as well, I think it's linked. I had it on Saturday, I went out to the boat, and somewhere between the car park and the pub it's gone. I've been back and looked. It's on a little orange float keyring, so if anyone hands it in. But mainly I'm worried because, well, anyone who finds it can get onto the pontoons and could put diesel on my account. Can you cancel it, deactivate it, whatever you do, and sort me a new one? Callback on oh seven eight one two, four four seven, oh nine one. Thanks.",
        "lost_stolen",
    ),
    (
        "Hola, buenos días, eh, bueno, mire, tengo una reserva en su hotel de Valencia, el de la playa, para el puente de diciembre, y quería cambiar una cosa. Eh, la reserva está a nombre de Ignacio Bermúdez, be, e, erre, eme, u con tilde, de, e, zeta. El localizador es, a ver, cuatro, siete, ocho, uno, dos, jota. Es que al final viene también mi hija pequeña, tiene tres años, y quería saber si se puede poner una cuna o una cama supletoria en la habitación y cuánto cuesta. Y si no se puede, pues cambiar a una habitación familiar, las mismas fechas, del seis al nueve. Mi teléfono es el seis, uno, cinco, veintidós, treinta y tres, cuarenta y cuatro. Gracias, muy amable.",
        "none",
    ),
    (
        "Allô, bonjour, euh, bon, alors je vous appelle parce que j'ai un prélèvement sur mon compte, de votre compagnie, l'assurance pour animaux, là, de trente-deux euros quarante, le cinq du mois. Et le mois dernier pareil. Sauf que, euh, je n'ai pas d'animal. J'ai jamais eu de contrat chez vous, jamais rien signé, je ne connais pas votre société. Donc je ne sais pas qui a mis ça sur mon compte, mais ce n'est pas moi. Je m'appelle Gérard Moulin, M-O-U-L-I-N. La référence sur le relevé c'est, euh, A-N-I, zéro neuf, quatre quatre sept un. Je veux savoir ce que c'est et qu'on arrête. Rappelez-moi au zéro quatre, soixante-dix-huit, vingt-trois, quinze, quatre-vingt-dix.",
        "unrecognised_payment",
    ),
    (
        "Hiya, hi, um, I've got a sofa on order with you, a three-seater, the, uh, the grey corduroy one, and it's due in about two weeks I think. Order number is F-D, two two nine one, four zero eight. Name's Kowalski, Agnieszka, and Kowalski is K-O-W-A-L-S-K-I. The thing is we're moving, we've literally just got the keys to the new place, so I need to change the delivery address. The new address is fourteen, um, Larch Close, L-A-R-C-H, Close, Beeston, and the postcode is N-G nine, four, uh, four H-T. Sorry, H-T. Is that going to change the delivery date? And is there a charge? Okay, call me back on oh seven four one one, three six six, nine two oh. Thanks very much.",
        "none",
    ),
    (
        "Hello, yeah, um, I'm ringing from Brookfield Road, in, uh, in Hartley, and we've got no water. None. Nothing out of the taps, the toilet won't fill, nothing, since about six this morning. And it's not just us, I've been round to the neighbours, number twelve, number fifteen, the whole street, and the lady at the end says Mill Lane's the same. There's nothing on your website about it, no, um, no planned work or anything. We've got an elderly chap at number nine who's on his own. So is there a burst main or what? When's it coming back? Can you send bottled water? My name's Denise Carver, C-A-R-V-E-R, and my number's oh one four two seven, eight eight oh, two one five.",
        "outage",
    ),
    (
        "Ja, hallo, äh, hier ist Kemal Yıldız, Y-I-L-D-I-Z. Ich hab bei Ihnen einen Kleiderschrank bestellt mit Aufbau, und der Liefertermin ist, äh, Donnerstag der vierzehnte. Ähm, da muss ich leider kurzfristig auf Dienstreise, und wollte fragen, ob man das auf die Woche danach verschieben kann, am liebsten Montag oder Dienstag, egal wann am Tag. Die Auftragsnummer ist M-L, drei drei acht null eins sieben. Wenn das geht, super, sonst ruf ich nochmal an. Meine Nummer ist null einhundertsechzig, vier fünf vier, zwo zwo acht eins. Dankeschön.",
        "none",
    ),
    (
        "This is a message for the funeral director, for, um, Mr Abernethy or whoever's in charge. My name is Susan Tillotson, T-I-L-L-O-T-S-O-N. You handled my mother's funeral on the second of November, Margaret Tillotson. I'm, um. I'm calling because we've now been told by the crematorium that the ashes we were given may not be hers, that there was a mix-up with another family on the same day, and nobody from your firm has had the decency to ring us. I want you to know that I have instructed a solicitor, Hargreaves and Lyle, and you will be receiving a formal letter before action this week. Please don't contact me directly about this from now on, everything should go through them. Their number is oh one one three, four nine six, two two oh oh. That's all.",
        "legal",
    ),
    (
        "Oh hello, um, it's Mrs Dorothy Fennimore, F-E-N-N-I-M-O-R-E, I'm the daughter of, well no, I'm, I'm, sorry, I'm the one whose mother, Edna, has your carers come in. Let me start again. I just wanted to ring and say a proper thank you for Blessing, the carer who comes in the mornings, B-L-E-S-S-I-N-G, I don't know her surname. She's been absolutely wonderful with Mum, she gets her laughing, she noticed Mum's ankle was swollen last week and rang the GP, and, um, I just think people only ever phone to complain, don't they, so I wanted to phone to say something nice. Could you pass that on to her and her manager? That's all, really. If you need me it's oh one nine oh four, six two three, four four eight. Thank you ever so much.",
        "none",
    ),
    (
        "Ja, guten Tag, hier spricht Schäfer, Jürgen Schäfer, mit Ä, also S-C-H-Ä-F-E-R. Ich bin bei Ihnen versichert mit unserem Hund, äh, Bruno, und, äh, ich hab da gestern so eine E-Mail bekommen, angeblich von Ihnen, dass ich meine Bankdaten bestätigen muss, sonst wird der Vertrag gekündigt. Und ich Depp hab da draufgeklickt und meine Zugangsdaten eingegeben, Benutzername und Passwort, und auch die IBAN. Und heute früh, als ich mich im Kundenportal anmelde, steht da eine andere IBAN drin, also nicht meine, und eine Erstattung über dreihundertvierzig Euro für eine Tierarztrechnung, die ich nie eingereicht hab, ist auf dem Weg dahin. Also da ist jemand in meinem Konto drin. Bitte sperren Sie das sofort. Versicherungsnummer ist T-K, vier vier null neun, eins zwo drei. Rückruf null sieben elf, neun acht sieben, sechs fünf null null.",
        "security",
    ),
    (
        "Bonjour, euh, oui, Patrick Garnier à l'appareil, G-A-R-N-I-E-R. J'ai un voilier de onze mètres, un First trente-six, et, euh, on descend vers la Méditerranée cet été, et je voudrais réserver une place de passage chez vous pour une semaine, du deux au neuf août, à peu près. C'est possible ? Et c'est combien la nuitée pour onze mètres, avec l'électricité et l'eau ? Voilà. Ah oui, et est-ce qu'il y a une laverie sur le port ? Vous pouvez me rappeler au zéro six, trente et un, soixante-sept, zéro deux, quatorze. Merci, bonne journée.",
        "none",
    ),
    (
        "Oui, allô, bonjour, alors euh, je m'appelle Léa Fontaine, F-O-N-T-A-I-N-E, je suis abonnée à la salle d'escalade depuis, pff, trois ans je crois, l'abonnement annuel, et, euh, voilà, je déménage à Bordeaux en janvier pour le travail. Donc je voudrais résilier complètement mon abonnement, pas le suspendre hein, le résilier, et fermer mon compte. J'ai lu qu'il faut un préavis d'un mois, ça tombe bien, donc à partir du trente et un décembre. Et je voudrais aussi qu'on supprime mes données, ma photo sur la carte et tout ça. Mon numéro d'adhérente c'est le, euh, deux mille quatre cent trente-huit. Vous pouvez me rappeler au zéro sept, quarante-deux, dix-neuf, quatre-vingt-huit, trente. Merci.",
        "account_closure",
    ),
    (
        "Hi, um, yeah, so I've not done this before so bear with me. Our cat, Biscuit, had to have a tooth out last week, and the vet's given us an invoice for, uh, three hundred and eighty-five pounds, and I'm trying to work out how to claim it back on the insurance. Do I fill in a form and send it to you, or does the vet send it, or is it on the app? I've got the policy number, it's, um, P-I, seven seven two, oh four, six. Name's Jamie Sutherland, S-U-T-H-E-R-L-A-N-D. And I guess also, is there an excess I pay first? I think it was a hundred pounds but I can't remember. Yeah, call me on oh seven seven five eight, two one oh, nine nine three. Thanks.",
        "none",
    ),
    (
        "Guten Tag, äh, hier spricht Klaus Dietrich, D-I-E-T-R-I-C-H, ich bin der Sohn von Frau Erika Dietrich, die von Ihrem Pflegedienst betreut wird, in der Gartenstraße. Äh, ja, die Mutter ist jetzt seit letzter Woche im Pflegeheim, das ging dann doch schneller als gedacht, da ist ein Platz frei geworden. Deshalb möchte ich den Pflegevertrag komplett kündigen, also alle Leistungen, zum nächstmöglichen Termin, und, äh, bitte auch das Kundenkonto schließen und keine Lastschriften mehr. Ich schick das auch nochmal schriftlich, aber ich wollte vorher anrufen. Und, äh, vielen Dank an die Damen, die waren immer sehr nett. Rückruf null sieben null vier, eins eins drei, acht acht zwo.",
        "account_closure",
    ),
    (
        "Hello, yes, um, I'm calling because there's a direct debit coming out of my bank to you, to the water company, and I don't know what it is. Sixty-two pounds fifteen on the first of the month, and I've gone back and it's been going since August. The thing is, I don't get my water from you, I'm in a completely different area, I'm with, um, the other lot, the southern one, and I've never set anything up with you. I've never lived at whatever address this is for. So I didn't make this and I don't recognise it, and I want to know whose account it is and get my money back. My name's Oluwaseun Adeyemi, that's A-D-E-Y-E-M-I. The reference on my statement is W-A, four four eight one, nine two. Ring me on oh seven nine three two, one one four, six oh seven. Thanks.",
        "unrecognised_payment",
    ),
    (
        "Buenas tardes, eh, mire, le llamo porque me ha llegado una carta diciendo que el jueves van a hacer obras en la calle y que va a haber un corte de agua programado. Eh, bueno, la carta dice de mañana, pero no dice la hora exacta, y yo tengo a mi madre en casa, que es mayor, y quería saber más o menos de qué hora a qué hora, para llenar unas garrafas y organizarme. La calle es Calle del Olmo, número treinta y dos, en Alcalá. Me llamo Rosario Quintana, cu, u, i, ene, te, a, ene, a. Mi número es el seis, cuarenta y ocho, doce, noventa, cero siete. Muchas gracias.",
        "none",
    ),
    (
        "Yes, hello, I'd like to speak to the manager, please, not, not the young man I spoke to yesterday, the actual manager, the owner. My name is Raymond Bellweather, B-E-L-L-W-E-A-T-H-E-R. We buried my wife on Friday. And I have never, in my life, been so let down. The cars were forty minutes late, we stood outside the house in the rain, the order of service had her name spelt wrong, it was printed M-A-R-G-E-R-Y and it's M-A-R-J-O-R-I-E, I told you three times, and the music at the crematorium was the wrong song entirely. Forty years we were married. I want a formal complaint logged and I want someone senior to ring me and explain how this happened, and I'll be telling everyone in this village about it. My number is oh one seven six eight, three three two, oh four one. Today, please.",
        "complaint",
    ),
    (
        "Hi, hi there, um, I've got a booking at your, the city centre one in, uh, in Glasgow, for the twenty-third, just one night, and I just had a couple of questions. Is breakfast included or is that extra? I can't remember what I ticked. And is there parking, or is there a car park nearby you'd recommend? And, uh, what's the earliest I can check in, 'cause we're driving up from Manchester and we'll probably get there about one-ish. Name's Wilson, Craig Wilson, W-I-L-S-O-N. Booking reference is G-L-A, five oh oh two nine. Number's oh seven seven eight eight, four oh one, two six two. Cheers.",
        "none",
    ),
    (
        "Bonjour, euh, Nathalie Girard, G-I-R-A-R-D. Je vous appelle, euh, c'est un peu formel, je vais lire ce que j'ai noté. En application du RGPD, article quinze, je demande l'accès à toutes les données personnelles que votre chaîne d'hôtels détient sur moi, y compris les enregistrements de vidéosurveillance et les notes clients, parce que, euh, lors de mon séjour à Nice en octobre, un employé m'a dit qu'il y avait une remarque sur moi dans le système. Vous avez un mois pour répondre, c'est la loi. Et si je n'ai pas de réponse complète, je saisirai la CNIL, j'ai déjà préparé la plainte. J'envoie aussi un courrier recommandé à votre délégué à la protection des données. Mon numéro de fidélité c'est le, euh, huit, trois, trois, zéro, un, six, deux, neuf. Téléphone zéro six, cinquante-cinq, zéro trois, soixante et onze, vingt-deux.",
        "legal",
    ),
    (
        "Ja, hallo, guten Morgen, äh, Petra Lindqvist hier, das ist L-I-N-D-Q-V-I-S-T, ich bin bei Ihnen mit meinen zwei Katzen versichert. Ich wollte nur Bescheid geben, wir sind umgezogen, und, äh, die Post soll bitte an die neue Adresse gehen. Die ist, äh, Am Lindenhof siebzehn, siebzehn, in, äh, null vier eins null neun Leipzig. Die Bankverbindung bleibt gleich, das ändert sich nicht. Versicherungsnummer hab ich grad nicht zur Hand, aber, äh, Geburtsdatum ist der zwölfte März neunzehnhundertachtundachtzig. Rückruf gern unter null drei vier eins, sieben sieben null, vier zwo eins. Danke schön.",
        "none",
    ),
    (
        "Hola, eh, buenas, llamo porque me han robado la mochila. Ayer, en el metro, saliendo del rocódromo, vamos. Y dentro llevaba todo, la cartera, y la pulsera de acceso del gimnasio, la de socio, que además tiene el monedero ese para pagar en la cafetería y en la tienda, que tenía cargados como cincuenta euros. Eh, bueno, la tarjeta del banco ya la he cancelado, pero la pulsera no sé cómo se bloquea, y no quiero que alguien entre con ella o se gaste el saldo. Me llamo Javier Ortega, o, erre, te, e, ge, a, y el número de socio es el tres mil ciento doce. Mi teléfono es seis, sesenta y siete, cuarenta y uno, veinte, ochenta y nueve. Gracias.",
        "lost_stolen",
    ),
    (
        "Hello, this is, um, Alan Gibbs, G-I-B-B-S, I'm calling on behalf of my father, Frank Gibbs, he has the lunchtime visit, the, uh, the twelve o'clock one. Next Tuesday, the, uh, the ninth, he's got a hospital appointment at eleven, eye clinic, so he won't be home at twelve. Could the carer come at two instead that day, or if that's not possible then just skip it that day and I'll sort his lunch. Just that one day, everything else stays the same. I'm on oh seven seven one six, five oh eight, three three two. Thanks very much.",
        "none",
    ),
    (
        "Yeah, hi, it's, um, Marcus Doyle, D-O-Y-L-E, I've had an invoice from you this morning, invoice number I-N-V, eight eight three oh two, for a hundred and forty-nine pounds, for, it says, assembly and removal of old furniture. Right. So. Your two lads came, dropped the wardrobe in the hall, in the box, said they didn't have the tools for assembly and they weren't taking the old one because it wouldn't fit in the van. So I assembled it myself, Sunday afternoon, and the old wardrobe is still in my garage. I'm not paying for a service I didn't get. I'm disputing that invoice, and I want it cancelled, and frankly I want the delivery charge looked at as well because they were three hours late. Okay. Oh seven nine eight four, two six two, one one seven. Bye.",
        "billing_dispute",
    ),
    (
        "Buenos días, eh, mire, yo le llamo, bueno, es un poco delicado. Mi padre está muy mayor, noventa y cuatro años, y está bien, eh, pero él mismo quiere dejar todo organizado, ¿sabe?, para no darnos trabajo. Y quería preguntar qué cuesta más o menos un servicio sencillo, con incineración, y si tienen esos planes de prepago o de previsión, que se paga poco a poco. Y si se puede ir a verles con él una mañana para hablarlo tranquilos. Me llamo Carmen Villalobos, uve, i, ele, ele, a, ele, o, be, o, ese. Mi número es el seis, treinta, cincuenta y cinco, once, setenta y dos. Muchas gracias, eh, de verdad.",
        "none",
    ),
    (
        "Hi, um, hello, I'm not sure if this is the right number but it's the one on the accommodation portal so. My name's Tomasz Nowak, N-O-W-A-K, I'm a second year in, um, in Fairbairn Hall. So I was on the portal checking my rent statement and I noticed that the address bar has, like, my student number in it, and I, I just changed one digit, out of curiosity, and it showed me someone else's page. Their name, their room, their phone number, their next of kin, their payment history. I tried a couple more and it's the same for everyone. I haven't downloaded anything, I closed it straight away, but that's a, that's a pretty serious security hole, anyone could scrape the whole thing. I wanted to report it properly so someone in IT can fix it. You can reach me on oh seven four four seven, eight eight one, three oh six, or my student email. Thanks.",
        "security",
    ),
    (
        "Hi, uh, good afternoon, I'm, um, I'm starting in January, I'm a, uh, an exchange student coming from Melbourne, and I've got a room in, um, Kingsley House, room, uh, B two one four. I just wanted to check, my flight gets in late on the eleventh, like eleven p.m., so what do I do about collecting my keys? Is the reception open at night or is there a key box or something? And also, um, is bedding included, or do I need to bring my own? Name's Chloe Nguyen, N-G-U-Y-E-N. My number's a, uh, an Australian one, plus six one, four one two, three three five, eight oh nine. Thank you so much!",
        "none",
    ),
    (
        "Hola, buenas tardes, eh, mire, le explico. Tenía reservadas dos noches en su hotel de Sevilla, el diecinueve y el veinte de noviembre, con la tarifa no reembolsable, eso lo sé, lo sé, ya sé que ponía no reembolsable. Pero es que me cancelaron el vuelo, la aerolínea se declaró en huelga, y no pude llegar, no fue culpa mía. Eh, bueno, son trescientos doce euros. Y yo quería pedir, por favor, que me devuelvan el dinero aunque sea una parte, como gesto de buena voluntad, o que me lo dejen como crédito para otra fecha. Tengo el justificante de la aerolínea. La reserva está a nombre de Lucía Ferrández, efe, e, erre, erre, a, ene, de, e, zeta. Localizador S-V-Q, nueve, nueve, cero, cuatro. Mi teléfono, seis, noventa y nueve, catorce, treinta y ocho, cero uno. Gracias.",
        "refund_exception",
    ),
    (
        "Guten Tag, äh, mein Name ist Helga Brückner, B-R-Ü-C-K-N-E-R. Äh, Ihr Pflegedienst kommt ja schon zweimal am Tag zu meinem Mann, morgens und abends, das klappt auch prima. Jetzt wollte ich fragen, ob Sie auch, äh, so Hauswirtschaft machen, also Einkaufen und ein bisschen Putzen, einmal die Woche, und was das kosten würde, und ob das die Pflegekasse übernimmt, mit dem Entlastungsbetrag, das hab ich irgendwo gelesen. Ja. Rufen Sie mich doch bitte zurück, null acht neun, drei drei vier, sechs sechs eins null. Vielen Dank.",
        "none",
    ),
    (
        "Sí, hola, buenos días, eh, mire, le llamo porque me ha aparecido un cargo en la tarjeta de su tienda, la de reparación de móviles, de ciento cuarenta y nueve euros, con fecha del tres de diciembre. Y yo no he llevado ningún móvil a reparar, ni a su tienda ni a ninguna. Mi móvil funciona perfectamente, lo tengo aquí en la mano. Eh, bueno, no sé si es un error o si alguien ha usado mi tarjeta, pero ese pago no lo he hecho yo y no lo reconozco. Me llamo Andrés Salcedo, ese, a, ele, ce, e, de, o. En el extracto pone, eh, la tienda de la calle Mayor. Llámeme al seis, veinticinco, ochenta, cero tres, cuarenta y uno, por favor, que esto me preocupa.",
        "unrecognised_payment",
    ),
    (
        "Hi, um, yeah, quick question. I dropped my phone off on Monday for a new screen, and you gave me a little ticket, like a receipt with a number on, and, um, I've lost it. I think it went through the wash, honestly. It's ready, I got the text saying it's ready for collection, but I don't have the ticket. Can I still pick it up if I bring ID? It's, uh, it's an iPhone, the thirteen, blue, in a case with a cactus on it. Name is Bethany Clarke, C-L-A-R-K-E, with an E. Number's the one you texted, oh seven nine one one, two four eight, five five three. Thanks, see you later probably.",
        "none",
    ),
    (
        "Hello, um. Hi. I'm ringing because, um, our dog, Monty, we had to have him put to sleep on Thursday. He was thirteen. So, um, sorry. So we won't need the insurance anymore and I'd like to cancel the policy, the whole thing, and close the account, and stop the direct debit. We don't have any other pets on it, it was just him. The policy's in my husband's name, Peter Hollings, H-O-L-L-I-N-G-S, but I'm on it as well, I'm Ruth. Policy number, um, V-P, six four one, eight eight two. Is there a form, or can you just do it? Our number is oh one two two five, three one one, nine four seven. Thank you.",
        "account_closure",
    ),
    (
        "Oui, bonjour, euh, alors, j'ai l'abonnement famille chez vous, et, euh, ma belle-mère vient habiter chez nous, et elle voudrait écouter ses chansons, Aznavour, tout ça. Comment je fais pour l'ajouter à l'abonnement ? Il faut qu'elle ait une adresse mail à elle ? Parce qu'elle n'en a pas, euh, je peux lui en créer une. Et ça change le prix ou pas, on est quatre pour l'instant ? Voilà. Julien Marchetti, M-A-R-C-H-E-T-T-I. Zéro six, dix-huit, vingt-sept, quarante, cinquante-six. Merci.",
        "none",
    ),
    (
        "Allô, oui, bonjour, euh, alors ça ne marche plus du tout chez vous, là. Depuis ce matin, rien ne se lance. Ni sur mon téléphone, ni sur l'ordinateur, ni sur la tablette de ma fille, ni sur l'enceinte du salon. Ça tourne, ça tourne, et puis message d'erreur, impossible de se connecter au service. Mon mari a le même problème au bureau, et, euh, j'ai regardé sur internet, il y a plein de gens qui disent que c'est en panne partout. Donc c'est tout l'abonnement famille qui est inutilisable, on ne peut rien écouter du tout. C'est quand que ça revient ? Sophie Benali, B-E-N-A-L-I. Zéro six, soixante-trois, douze, quatre-vingt-dix-neuf, zéro cinq.",
        "outage",
    ),
    (
        "Hey, hi, um, so, I've done my shoulder, nothing dramatic, just a bit of a, uh, a tear, physio says six to eight weeks off climbing. And I don't want to cancel my membership, I love the place, I just wondered if there's a way to pause it, freeze it, whatever, for like two months, so I'm not paying while I can't climb. Is there a fee for that? And, um, can I still come in and use the training area for legs and stuff if it's frozen? Name's Rory Blackwood, B-L-A-C-K-W-O-O-D, member number, uh, one five five seven. My number's oh seven eight six six, nine oh two, four one eight. Cheers, guys.",
        "none",
    ),
    (
        "Bonjour, euh, oui, madame Rousseau à l'appareil, R-O-U-S-S-E-A-U, je suis la fille de monsieur Henri Rousseau, vous intervenez chez lui, l'aide à domicile. J'ai reçu la facture de novembre, et, euh, il y a un problème. Vous facturez quarante-six heures, alors que, bon, l'auxiliaire n'est pas venue pendant toute une semaine, du douze au dix-huit, elle était malade et personne ne l'a remplacée, j'ai dû y aller moi-même. Donc ça fait au moins dix heures facturées qui n'ont pas été faites. Je conteste cette facture, je ne la paierai pas en l'état, je veux une facture corrigée. Le numéro de facture c'est F, deux mille vingt-six, onze, zéro trois quatre. Rappelez-moi au zéro un, quarante-cinq, soixante, vingt-deux, trente-trois, s'il vous plaît.",
        "billing_dispute",
    ),
    (
        "Hi, um, so, we've got the family plan, and my eldest, Josh, he's moved in with his girlfriend and he's got his own account now, so I want to take him off ours. Just him, not cancel anything, the rest of us are keeping it. How do I remove one person from the plan? And, uh, does the price go down if there's only four of us, or is it the same? Name's Karen Oduya, O-D-U-Y-A. Number's oh seven nine five five, three four oh, two two eight. Thanks, love.",
        "none",
    ),
    (
        "Hola, eh, buenos días, soy Montse, Montserrat Puig, pe, u, i, ge, la hija de la señora Dolores Puig, que tiene el servicio de ayuda a domicilio por las mañanas. Eh, bueno, le llamo porque la semana que viene, a partir del lunes, mi madre empieza con la rehabilitación en el centro de salud a las diez, y la chica viene a las nueve y media, y claro, no les da tiempo. ¿Se podría cambiar la hora a las ocho y media, solo esa semana? Y luego ya volvemos a lo de siempre. Mi teléfono es el seis, diecisiete, veintinueve, cero ocho, sesenta y seis. Gracias, guapa.",
        "none",
    ),
    (
        "Hi, um, this is Andrea Whitlock, W-H-I-T-L-O-C-K, my mum is Joan Whitlock on, uh, Sycamore Avenue, number forty, she has your carers three times a day. So, um, the carer this morning, I think it was the new girl, she's rung me to say she's lost Mum's front door key. The actual key, the one from the key safe. She put it in her pocket instead of back in the safe and now she can't find it, she thinks it fell out somewhere in town. And it's got a little tag on it with Mum's house number on. So anyone could, I mean, Mum's ninety-one and she lives alone. I need someone to sort out changing the locks today, and I want to know what your procedure is. Please call me straight back, oh seven seven three nine, four five oh, one six two.",
        "lost_stolen",
    ),
    (
        "Hola, eh, buenas, tengo una pregunta sobre el seguro de mi perrita, la tengo asegurada con ustedes desde el verano. Se llama Luna, es una beagle. Eh, quería saber si la póliza cubre las vacunas anuales y la desparasitación, o eso no entra, que solo es para enfermedades y accidentes. Es que la veterinaria me ha dicho que le toca la vacuna en enero. Y también, eh, bueno, si el año que viene sube el precio porque cumple cinco años. Me llamo Elena Navarro, ene, a, uve, a, erre, erre, o. Póliza, eh, eme, ce, cero, cuatro, cuatro, nueve, uno, siete. Mi móvil es seis, cero cinco, treinta y tres, dieciocho, noventa. Gracias.",
        "none",
    ),
    (
        "Good morning. My name is Richard Ellingham, E-L-L-I-N-G-H-A-M, owner of the motor yacht 'Silver Heron', berth Alpha six. I'm calling to put on record, uh, formally, that I consider the marina liable for the damage caused during the lift-out on the twenty-eighth of October, when your travel hoist operator dropped the stern and cracked the hull and bent the, uh, the starboard shaft. Your yard manager's position has been that it was pre-existing, which is nonsense, I have photographs. My lawyers have been instructed, and you'll have a letter from them setting out a claim for, um, approximately thirty-eight thousand pounds, and if it's not settled we will be issuing proceedings. I'd ask that you notify your insurers and preserve any CCTV from that day. My direct number is oh seven eight oh two, three three one, seven seven four.",
        "legal",
    ),
    (
        "Hi, yeah, hello, I'm just chasing up an order, it's a dining table and six chairs, um, the oak one, and when I ordered it in, uh, October, they said eight to ten weeks, and I haven't heard anything yet. I'm not cross or anything, I just want to know roughly when it's coming because we've got family coming for Christmas and I'd love to have it by then. Order number's F-D, two seven seven, three eight four. Name's Shona MacLeod, that's M-A-C, capital L, E-O-D. If you could give me a ring with a date that'd be brilliant, oh one four six three, seven one nine, oh oh two. Thanks a lot.",
        "none",
    ),
    (
        "Hello, marina office? Um, hi, this is Ben Achterberg, A-C-H-T-E-R-B-E-R-G, on C pontoon, berth C twenty-two. I've tried coming to the office but there's no one there. So the whole of C and D pontoons have lost shore power, since about, uh, half four this morning. All the bollards are dead, every boat, not just mine. And the gate keypad's dead too, so people can't get on or off unless someone holds it open, and it's freezing, there are people living aboard down here with heaters and dehumidifiers and nothing's working. I've checked my own breaker, it's not that, it's everything. Can you get an electrician out, like, now? I'm on oh seven five oh oh, one two nine, eight eight seven.",
        "outage",
    ),
    (
        "Ja, hallo, äh, ich hab da mal eine Frage. Mein Handy, also ein Samsung, äh, das A fünfundfünfzig, ist mir gestern in die Badewanne gefallen, nur ganz kurz, und jetzt geht es an, aber der Lautsprecher klingt so komisch und kratzig. Kann man das bei Ihnen reparieren, und was kostet das ungefähr? Muss ich vorher einen Termin machen oder kann ich einfach vorbeikommen? Und, äh, wie lange dauert sowas? Ich heiße Nele Brandt, B-R-A-N-D-T. Meine Nummer ist, äh, die Festnetznummer, null vier null, sechs eins acht, zwo zwo neun null. Danke.",
        "none",
    ),
    (
        "Hi, um, hi. So I've got a charge on my credit card from your music service, your family plan, seventeen ninety-nine, on the, uh, the twenty-ninth of November, and again on the twenty-ninth of October. And I've never had an account with you. I use a different one, honestly. I didn't sign up, I didn't start a free trial, nothing. Nobody in my house has, I've asked my husband and the kids. So I don't know who's paying for a family plan with my card but it isn't me, I don't recognise it at all. I'm going to ring the card company as well but I wanted to ask you first whose account it's on. My name's Fiona Gallagher, G-A-L-L-A-G-H-E-R, last four digits of the card are eight eight one two. Please ring me on oh seven seven oh three, four four nine, one two six.",
        "unrecognised_payment",
    ),
    (
        "Hiya, um, just a really quick one. My card's expired, the one that pays for our family plan, and I've got the new one through from the bank, same account, just a new expiry. And I went into settings to update it but I can't find where you change the payment card on the app, I've looked everywhere. Is it only on the website? Or can you do it over the phone? I'd rather not miss a payment and have the kids moaning at me. Name's Stuart Pennington, P-E-N-N-I-N-G-T-O-N. Call back on oh seven nine oh eight, six six two, one four five. Ta.",
        "none",
    ),
    (
        "Ja, guten Tag, hier ist Wolfgang Richter, R-I-C-H-T-E-R, und ich bin, äh, ehrlich gesagt, stinksauer. Ich hab jetzt zum dritten Mal, zum dritten Mal, einen ganzen Tag Urlaub genommen für die Lieferung von meinem Sofa, und zum dritten Mal ist keiner gekommen. Kein Anruf, keine Nachricht, nichts. Letzte Woche hieß es, zwischen acht und zwölf, dann um halb vier ruft mich jemand an, der Fahrer hätte es nicht geschafft. Das ist eine Frechheit. Ich möchte das hiermit als offizielle Beschwerde, und ich will mit einem Vorgesetzten sprechen, nicht wieder mit der Hotline. Wenn das so weitergeht, bestell ich bei der Konkurrenz und Sie können das Ding behalten. Auftragsnummer M-L, zwo neun vier, eins eins acht. Rückruf null eins fünf eins, vier vier drei, sieben acht null zwo.",
        "complaint",
    ),
    (
        "Bonjour, euh, je suis étudiante, j'habite à la résidence universitaire, le bâtiment C, chambre cent douze, et, euh, je voulais savoir comment ça se passe pour les colis. Parce que j'ai commandé des livres et le site me demande une adresse de livraison, et je ne sais pas s'il faut mettre le numéro de chambre ou si c'est l'accueil qui réceptionne. Et l'accueil ouvre à quelle heure le samedi ? Voilà, merci. Je m'appelle Inès Haddad, H-A-D-D-A-D. Mon numéro, zéro sept, soixante-six, zéro quatre, vingt et un, quarante-huit.",
        "none",
    ),
    (
        "Hi, yeah, um, this is, it's Kieran Moss, M-O-S-S. I'm ringing about a refund. So back in, uh, early November I brought my phone in for a charging port repair, paid eighty-nine pounds, and it didn't work, still doesn't charge, and the lad in the shop, I think he was called Dev, he tested it and agreed it hadn't worked and said he'd refund me in full, it'd be back on my card in three to five working days. That was the sixth of November. It's now December. Nothing. I've been in twice and they just say it's being processed. I'd like my eighty-nine pounds back please, like you promised. Job number was R, four four one two. My number is oh seven four nine nine, three oh six, two two one.",
        "refund_exception",
    ),
    (
        "Morning, um, it's Geoff Tanner, T-A-N-N-E-R, Bravo nine, the little Hurley. Two things, nothing urgent. The water tap on the end of B pontoon, by berth nine and ten, it's dripping quite a lot, I think the washer's gone, someone might want to have a look when they've got a minute. And second thing, can you tell me what the price is this year for a lift-out and hold-off, um, for winter, for a twenty-two footer, and whether you've still got space on the hard for January? Okay. Oh seven eight nine nine, five oh one, two three four. Cheers.",
        "none",
    ),
    (
        "Hola, buenas, eh, soy Pablo Etxeberria, e, te, equis, e, be, e, erre, erre, i, a. Tengo el velero amarrado en el pantalán cinco. Eh, bueno, una pregunta tonta: ¿la gasolinera del puerto abre los domingos en invierno, y a qué hora? Que quiero salir el domingo temprano. Y otra cosa, ¿dónde se deja el aceite usado del motor?, que he hecho el cambio y no sé dónde tirarlo. Mi teléfono es el seis, cuarenta, setenta y siete, veintiuno, cero nueve. Gracias, hasta luego.",
        "none",
    ),
    (
        "Bonjour, euh, oui, je m'appelle Karim Benhadj, B-E-N-H-A-D-J, je suis membre de votre programme de fidélité, niveau or. Euh, je viens de recevoir trois mails de confirmation de réservations, à Dubaï et à Bangkok, que je n'ai pas faites, réglées avec mes points. Il me manque, euh, quatre-vingt-cinq mille points, tout mon solde. Et quand j'essaie de me connecter, mon mot de passe ne marche plus, et il y a une autre adresse mail associée au compte maintenant. Quelqu'un a piraté mon compte. Il faut bloquer ça tout de suite et annuler ces réservations avant que quelqu'un s'y présente. Mon numéro de membre, c'est le, euh, quatre, quatre, un, neuf, zéro, sept, sept, trois. Rappelez-moi au zéro six, vingt, quatorze, quatre-vingt-sept, soixante-deux, vite s'il vous plaît.",
        "security",
    ),
    (
        "Hello! Um, hi, so my fiancé and I, we're, uh, we're just starting to look at venues, and we saw yours at the wedding fair in Harrogate, and we loved it. We're thinking about, maybe, spring twenty twenty-eight, a Sunday probably because I heard Sundays are cheaper? So I just wanted to ask what the price difference is between a Saturday and a Sunday, and how many guests the barn holds for the evening do, because we're looking at about a hundred and twenty. And, um, do you do viewings at weekends? My name's Hannah Featherstone, F-E-A-T-H-E-R-S-T-O-N-E, and my number's oh seven eight two two, five four one, three oh nine. Thank you, bye!",
        "none",
    ),
    (
        "Hola, buenos días, eh, mire, le llamo porque me voy del piso, me mudo fuera de España, a Irlanda, por trabajo, y quería dar de baja el contrato del agua. Todo, eh, dar de baja el suministro y cerrar la cuenta, que no quiero que me sigan cobrando nada. Eh, bueno, el piso es de alquiler y el dueño ya se encargará de poner otro contrato a su nombre. El último día que estoy es el treinta y uno de diciembre. El contrato está a nombre de Daniel Esteve, e, ese, te, e, uve, e. Número de contrato, eh, cero, cero, siete, dos, uno, tres, cuatro, ocho. ¿Qué necesitan, la lectura del contador? Mi teléfono, seis, setenta y dos, once, cuarenta y cuatro, noventa y tres.",
        "account_closure",
    ),
    (
        "Schönen guten Tag, äh, Kraus hier, Bernd Kraus, K-R-A-U-S. Wir haben bei Ihnen im Hotel in Hamburg, äh, an der Alster, gebucht für Silvester, drei Nächte. Jetzt ist die Frage, wir möchten unseren Hund mitbringen, einen kleinen Dackel, ist das erlaubt, und kostet das extra? Und gibt es eine Tiefgarage, und was kostet die pro Nacht? Buchungsnummer ist, warten Sie, H-H-A, vier drei drei eins null. Ja, rufen Sie mich gern zurück, null eins sieben zwo, acht acht eins, vier vier sechs null. Danke, tschüss.",
        "none",
    ),
    (
        "Hallo, ja, äh, hier ist Jonas Weber, W-E-B-E-R, ich wohn im Studentenwohnheim in der Ostendstraße, Zimmer zwo null sieben. Ähm, ich hab meinen Schlüsselbund verloren, also wahrscheinlich gestern Abend beim Feiern, keine Ahnung wo genau. Da ist der Zimmerschlüssel dran und der Transponder für die Haustür und, äh, auch die Karte für die Waschmaschinen, da ist Guthaben drauf. Der Transponder muss wahrscheinlich gesperrt werden, oder? Weil, da kann ja jeder rein. Und ich komm gerade nicht in mein Zimmer, ein Mitbewohner hat mich unten reingelassen. Was muss ich machen, und was kostet das? Meine Nummer ist null eins fünf sieben, drei drei zwo, eins null acht acht.",
        "lost_stolen",
    ),
    (
        "Hi there, um, hi, I'm ringing about a birthday party. My son's turning nine on the, uh, the twenty-fourth of January, and a few of his friends have done parties at yours and loved it. So, um, how many kids can you have, what's the price, does it include food or do we bring our own cake and that? And do they need to have climbed before? Oh, and are you open on New Year's Day, because his dad wants to take him? Okay, I'm Naomi Fairclough, F-A-I-R-C-L-O-U-G-H, oh seven seven two four, eight one three, six six oh. Thank you!",
        "none",
    ),
    (
        "Hi, it's, um, it's Zara Hussain, H-U-S-S-A-I-N, we're getting married with you on the fourth of July next year, the Rose Garden package. Two quick things. One, we had the menu tasting booked for the fifteenth of January but my fiancé's got a work trip, so could we move it to any Saturday in February? And two, I can't remember when the next instalment is due, is it March or April, and is it the same amount as the first one, one thousand five hundred? I just want to put it in my calendar so I don't forget. Okay, um, I'm on oh seven nine six six, three two one, eight oh four. Thanks so much, bye.",
        "none",
    ),
    (
        "Hello, I want to make a formal complaint, and I'd like it escalated to whoever manages the accommodation office, because I'm done with the, uh, the online form. My name is Ifeoma Eze, E-Z-E, I'm in Larkfield Court, flat six, room C. Since the start of October I have reported black mould on my bedroom wall and the window frame five times. Five times. Each time I get an automatic email and nobody comes. I've had a chest infection for three weeks, my GP has written a note saying it's likely made worse by the damp, and I'm paying a hundred and sixty-two pounds a week for this. It's completely unacceptable. I want a manager to call me, today, and I want to be moved to another room. I'm on oh seven four six one, nine nine oh, two three seven.",
        "complaint",
    ),
    (
        "Hola, buenas tardes, eh, mire, somos una pareja que se casa en septiembre del año que viene, hemos visto su finca en internet y nos encanta. Eh, bueno, quería preguntar varias cosas. ¿Cuántos invitados caben en el salón si llueve? Porque somos unos ciento cincuenta. ¿El menú tiene opción vegetariana y sin gluten? Y el precio por cubierto, más o menos, con barra libre. Y, eh, ¿se puede ir a verla un sábado? Me llamo Irene Castaño, ce, a, ese, te, a, eñe, o. Mi número, seis, cincuenta y dos, ochenta y ocho, diecinueve, treinta. Muchas gracias.",
        "none",
    ),
    (
        "Hi, um, hello, it's about my membership payment. I'm Sam Okonjo, O-K-O-N-J-O. So when I joined in September I signed up for the student membership, which is thirty-four pounds a month, I showed my student card and everything. And for the first two months that's what came out. But this month you've taken fifty-two pounds, the full adult rate, and there's no explanation. I didn't change anything. I know what the payment is, it's my membership, but it's the wrong amount and I want the difference back, eighteen pounds, and to be put back on the student rate. If you just keep charging the adult rate I'll have to dispute it with the bank. Member number two six eight one. I'm on oh seven seven oh nine, one oh five, three four eight.",
        "billing_dispute",
    ),
    (
        "Hola, buenas, eh, mire, le llamo de la asociación de vecinos de la calle San Lorenzo, soy Pilar Ruiz, erre, u, i, zeta. Eh, bueno, es que desde anoche el servicio de teleasistencia no funciona. Varios de nuestros mayores, que tienen el botón, el colgante ese de ustedes, han probado a pulsarlo y no conecta con nadie, no contesta la central. Mi madre también, lo hemos probado tres veces. Y la aplicación donde vemos las visitas de las cuidadoras tampoco carga, da error. Eh, o sea, no es un aparato, es todo el servicio, y hay gente de noventa años sola en casa que depende de eso. ¿Qué está pasando? ¿Cuándo se arregla? Llámenme al seis, veintiuno, treinta y cuatro, cincuenta y seis, setenta y ocho, por favor, urgente.",
        "outage",
    ),
    (
        "Hey, hi, um, I'm just ringing to ask about a battery replacement. It's a, uh, a Pixel seven, and the battery's just rubbish now, it's dead by lunchtime. How much is a new battery, and how long does it take, can I wait for it or do I have to leave it with you? And, um, do I lose any of my photos or anything? Sorry, lots of questions. Name's Lewis Trent, T-R-E-N-T, number's oh seven four four two, eight eight six, one oh oh. Cheers, bye.",
        "none",
    ),
    (
        "Ja, guten Tag, äh, Hoffmann, Ulrike Hoffmann, H-O-F-F-M-A-N-N, mit zwei F und zwei N. Ich ruf an wegen einer Lastschrift, äh, von Ihrer Marina, die ist am ersten Dezember von meinem Konto abgegangen, sechshundertachtzig Euro, da steht Liegeplatzgebühr Winterlager. Ich hab aber gar kein Boot. Ich hatte nie ein Boot, ich war noch nie bei Ihnen in der Marina, ich weiß nicht mal genau, wo die ist. Also diese Zahlung kenne ich nicht, die hab ich nicht veranlasst. Ich möchte wissen, wie Sie an meine Kontodaten kommen und ich will das Geld zurück. Die Mandatsreferenz ist M-A-R, null null vier sieben eins. Rückruf bitte unter null zwo zwo eins, neun null vier, fünf drei sieben.",
        "unrecognised_payment",
    ),
    (
        "Bonjour, euh, c'est Camille et Antoine Dubreuil, D-U-B-R-E-U-I-L, on s'est mariés chez vous le samedi quatorze, et, euh, on voulait juste laisser un message pour dire merci. Vraiment. Tout était parfait, le cocktail dans le parc, le dîner, et surtout Margaux, la coordinatrice, qui a géré la pluie à la dernière minute comme une championne. Nos invités en parlent encore. On va laisser un avis sur internet, mais on voulait vous le dire de vive voix aussi. Et, euh, petite question, on a oublié un carton avec des bougies dans la salle, vous l'avez peut-être trouvé ? On peut passer le récupérer. Zéro six, quarante et un, vingt-deux, soixante-dix-sept, treize. Merci encore !",
        "none",
    ),
    (
        "Buenos días. Eh, le llamo para comunicarles formalmente que he puesto el asunto en manos de mi abogado. Me llamo Rafael Domínguez, de, o, eme, i, ene, ge, u, e, zeta. Compré un sofá y un mueble de salón por dos mil trescientos euros, pagado por adelantado, el veinte de agosto. Nunca se entregó. Llevo tres meses de llamadas, correos y promesas. Eh, bueno, ya he presentado una reclamación en la oficina de consumo, la OMIC de mi ayuntamiento, y mi abogado les va a enviar un burofax esta semana. Si no me devuelven el dinero o me entregan los muebles en diez días, iremos a juicio. Número de pedido, eh, de, eme, cuatro, cuatro, uno, nueve, cero. Mi teléfono es el seis, trece, cuarenta y cinco, sesenta y siete, ochenta y nueve.",
        "legal",
    ),
    (
        "Ja, hallo, äh, Grüß Gott, Gruber hier, Anneliese Gruber, G-R-U-B-E-R. Ich hab einen Zettel im Briefkasten gehabt, dass nächste Woche der Ableser kommt für die Wasseruhr, am, äh, Mittwoch zwischen acht und zwölf. Da bin ich aber beim Arzt. Kann ich den Zählerstand auch selber ablesen und Ihnen durchgeben, oder im Internet eintragen? Und wo find ich da die Kundennummer, auf der Rechnung oben rechts? Ja, das wär's. Meine Nummer null acht sechs eins, vier zwo zwo, null sieben drei. Dankschön.",
        "none",
    ),
    (
        "Hallo, guten Tag, äh, mein Name ist Mira Schulte, S-C-H-U-L-T-E. Ich hab bis Ende August im Wohnheim gewohnt, in der Mensastraße, Zimmer eins eins vier, und bin dann ausgezogen, alles ordentlich übergeben, das Übergabeprotokoll ist unterschrieben, keine Mängel. Und mir wurde gesagt, die Kaution, das sind vierhundertfünfzig Euro, wird innerhalb von sechs Wochen zurücküberwiesen. Jetzt haben wir Dezember, das sind über drei Monate, und es ist nichts gekommen. Ich hab zweimal eine Mail geschrieben, keine Antwort. Ich bräuchte das Geld wirklich, ich bin Studentin. Wann kommt meine Kaution zurück? Meine Nummer ist null eins sieben sechs, fünf fünf null, drei drei vier eins.",
        "refund_exception",
    ),
    (
        "Hello, um, yes, I'm calling about the viewing for my grandad, George Pemberton, P-E-M-B-E-R-T-O-N. We'd booked to come in and see him in the chapel of rest on Thursday at two. Um, my aunt's train's been changed and she won't get in till late afternoon, so would it be possible to move it to four, or even Friday morning if four's no good? It's just the time, the funeral itself is still on the Monday. Sorry to mess you around. My number is oh one nine eight two, four four oh, seven seven one. Thank you, you've all been very kind.",
        "none",
    ),
    (
        "Allô, bonjour, euh, je voudrais parler au directeur du domaine, s'il vous plaît, pas à l'accueil. C'est Aurélie Vasseur, V-A-S-S-E-U-R, notre mariage est chez vous le douze juin. Alors je suis furieuse. C'est la troisième fois qu'on change de coordinatrice, la nouvelle ne connaît rien de notre dossier, elle m'a proposé un menu qu'on avait déjà refusé, et hier j'apprends par hasard que vous avez loué le parc pour un autre événement le même week-end, sans nous prévenir. On paie quinze mille euros, pour ça ! Je veux déposer une réclamation officielle, et franchement, si je n'ai pas de réponse du directeur d'ici vendredi, on part ailleurs, et je raconterai tout dans les avis en ligne. Rappelez-moi au zéro six, soixante-dix, trente-trois, dix-huit, quarante-cinq.",
        "complaint",
    ),
    (
        "Hello, yes, um, I've already got a policy with you for our Labrador, Hector, and we're getting a kitten on Saturday, a little tabby, and I wanted to know how much it'd be to add her on. Is it a separate policy or can she go on the same one? And is there a multi-pet discount? She's eleven weeks old. Policy number for Hector is, um, V-P, three three eight, oh one two. My name's Gwen Lloyd, L-L-O-Y-D, and I'm on oh one nine seven oh, six one two, four four five. Thanks ever so much.",
        "none",
    ),
    (
        "Hi, um, I'm really sorry, I'm a bit shaky. It's Olivia Brennan, B-R-E-N-N-A-N, our wedding is with you on the thirtieth of May. So two weeks ago we got an email from, well, from what we thought was your events team, from Lauren, saying your bank details had changed and to send the final balance to the new account. It had your logo, it had our booking details, the date, the package, everything. So we paid it, six thousand eight hundred pounds. And today I rang Lauren about the seating plan and she said she never sent that email and you haven't had the money. So someone's got into your email, or ours, and we've been scammed. I've called the bank. I need to know whether your systems have been hacked, because they knew everything about our booking. Please call me back, oh seven seven eight one, two oh nine, five five four.",
        "security",
    ),
    (
        "Bonjour, euh, je suis passé ce matin dans votre boutique pour récupérer mon téléphone, la réparation de l'écran, merci d'ailleurs, il est nickel. Mais, euh, je crois que j'ai oublié mon chargeur sur le comptoir, un chargeur blanc avec un câble un peu abîmé. Vous pouvez regarder s'il est là ? Je repasse demain midi. Thibault Roche, R-O-C-H-E. Zéro six, vingt-neuf, quatre-vingt-quatre, zéro deux, soixante.",
        "none",
    ),
    (
        "Oh hi, um, hello, I stayed with you last weekend, at the, uh, the one by the airport, room, I think it was four one seven, Saturday night. And I think I left my reading glasses in the room, on the bedside table probably, they're, um, tortoiseshell, in a navy case. Has anyone handed them in? If they have, can you post them to me, I'm happy to pay the postage. Name's Martin Oyelaran, O-Y-E-L-A-R-A-N. You can ring me on oh seven seven five one, one one two, nine oh eight. Thanks very much.",
        "none",
    ),
)

# Set AD: written blind on 2026-12-08 (thirteenth session) by a writer who read no code of the
# project: an online course platform, a bakery franchise, a ferry, a roofer, a cosmetics box,
# ride-hailing, a kids' coding school, a laundry, a smart-lock maker, a property portal, a zoo
# pass, a photo-book printer; contact forms with field labels, review replies, short chats,
# e-mails with signatures and disclaimers, messages from assistants or relatives, emoji, lower
# case. Kept unread: only its figures are read.
SPOKEN_CHECKS_AD: tuple[tuple[str, str], ...] = (
    (
        "Name: Gareth Pryce\nJob ref.: RF-20931\nPhone: 07700 900412\nMessage: Your final invoice is £2,340 more than the written quote. The extra line says 'additional batten replacement' but nobody asked us or showed us anything before doing it. I'm not paying that part. I've paid the agreed amount as quoted and I want a corrected invoice with that balance removed, otherwise I'll dispute the whole thing.",
        "billing_dispute",
    ),
    (
        "Reply to developer response: No, this is not 'surge pricing explained'. I was charged $84.60 for a 12 minute trip from the stadium that the app quoted at $19 before I booked. The receipt shows a route of 41 km which never happened. I want the difference reversed, and if not I'm disputing it with my card issuer. 1 star until fixed.",
        "billing_dispute",
    ),
    (
        "hi, I've been billed twice for the December box - two identical charges of 34.99 on the 1st. only got one box obviously. can one of them be reversed please",
        "billing_dispute",
    ),
    (
        "Hallo, mir wurde die Wäsche-Abholung vom Montag zweimal abgebucht, 2 x 27,50 €. Laut App war es nur eine Abholung. Bitte eine Buchung stornieren, sonst lasse ich die Lastschrift zurückgehen.",
        "billing_dispute",
    ),
    (
        "Bonjour,\n\nJ'ai commandé un livre photo de 60 pages (commande n° PB-448120). Le devis affiché au moment de la validation était de 42,90 €, mais j'ai été débitée de 71,40 €. Je conteste cette différence : je n'ai ajouté aucune option. Merci de me rembourser l'écart ou de m'expliquer précisément ce montant, faute de quoi je ferai opposition auprès de ma banque.\n\nCordialement,\nÉlodie Marchand\n12 rue des Tanneurs, 67000 Strasbourg\nTél. 06 12 34 56 78",
        "billing_dispute",
    ),
    (
        "Dear Sir or Madam,\n\nI booked a return crossing Portsmouth–Santander for 14 November on a saver fare, which I know is marked non-refundable. Unfortunately my husband was admitted to hospital two days before we were due to sail and we couldn't travel. I have a letter from the hospital I can send. I wondered whether, in the circumstances, you might consider refunding some or all of the fare (£612). I'd be very grateful for anything you can do.\n\nKind regards,\nMargaret Holloway",
        "refund_exception",
    ),
    (
        "Hi there! Quick question first - does the spring robotics term start on 12 Jan or 19 Jan? Maya's keen to know 😊\n\nAlso, while I have you: when the autumn Python class was cancelled in October you said the £180 would be refunded within 10 working days. It's now December and nothing has come through. Could someone look into it?\n\nThanks, Priya",
        "refund_exception",
    ),
    (
        "Betreff: Kurs 'Excel für Fortgeschrittene' – Bitte um Kulanz\n\nSehr geehrtes Team,\n\nich habe den Kurs vor 35 Tagen gekauft und weiß, dass die Rückgabefrist 14 Tage beträgt. Leider bin ich direkt danach krank geworden und konnte keine einzige Lektion ansehen (das sehen Sie sicher im Fortschritt: 0 %). Wäre es möglich, mir die 149 € ausnahmsweise zu erstatten?\n\nVielen Dank und freundliche Grüße\nJonas Weber",
        "refund_exception",
    ),
    (
        "Bonjour, le 20 octobre votre service client m'a confirmé par téléphone le remboursement de deux pass annuels achetés en double (2 x 89 €). On m'avait dit 10 jours. Six semaines plus tard, toujours rien sur mon compte. Pouvez-vous me dire où en est ce remboursement ? Merci. Nadia B.",
        "refund_exception",
    ),
    (
        "Nombre: Lucía Ferrer\nN.º de pedido: 55812\nTienda: Valencia - Ruzafa\nMensaje: Encargamos una tarta de tres pisos para la boda de mi hermana y llegó con el nombre mal escrito y la decoración aplastada. Sé que el plazo para reclamar era de 48 horas y ya han pasado cinco días porque estábamos fuera por la boda, pero os pido que hagáis una excepción y nos devolváis al menos parte de los 180 €.",
        "refund_exception",
    ),
    (
        "Please delete my account and all my listings. I've sold the flat and don't want to be contacted any more.",
        "account_closure",
    ),
    (
        "Hello,\n\nI'm writing on behalf of my father, Mr Alan Crewe, who passed away last month. He had one of your locks on his front door and an account in his name (alan.crewe@example.com). The house is being sold, so we'll be taking the lock off. Could you please close his account and stop the monthly cloud plan? I can send a copy of the death certificate if needed.\n\nThank you for your help at a difficult time,\nSarah Crewe (daughter)",
        "account_closure",
    ),
    (
        "hey. I want my rider account gone completely, not just logged out. remove my payment cards, saved home/work addresses, ride history, everything. how long does that take",
        "account_closure",
    ),
    (
        "Name: Sabine Krüger\nKundennummer: 300-77412\nBetreff: Kündigung\nNachricht: Hiermit kündige ich mein Beauty-Box-Abo (Premium, monatlich) zum nächstmöglichen Zeitpunkt. Bitte keine weiteren Boxen schicken und keine Abbuchungen mehr. Eine kurze schriftliche Bestätigung wäre nett.",
        "account_closure",
    ),
    (
        "Bonjour,\n\nJ'ai terminé le module 4 du parcours « Photographie numérique » mais l'attestation ne s'affiche pas dans mon espace. Pourriez-vous vérifier ?\n\nUne fois que je l'aurai téléchargée, je souhaiterais d'ailleurs que vous supprimiez mon compte et toutes les données associées, je n'utiliserai plus la plateforme.\n\nBonne journée,\nThierry",
        "account_closure",
    ),
    (
        "FORMAL NOTICE – LETTER BEFORE ACTION\n\nRe: Roof replacement at 14 Beechwood Close, contract dated 3 June\n\nDear Sirs,\n\nWe act for Mr and Mrs Okafor. Water ingress has continued since completion and your operatives have failed to attend on four occasions. Unless remedial works are completed or a settlement proposal is received within 14 days of this letter, our clients will issue proceedings in the County Court without further notice.\n\nYours faithfully,\nHarlow & Penn Solicitors\n\nThis e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it. Harlow & Penn LLP is authorised and regulated by the Solicitors Regulation Authority.",
        "legal",
    ),
    (
        "Guten Tag,\n\nkurze Frage zu meiner Anzeige (Objekt-ID 8812-K): Kann ich die Grundrisse als PDF anhängen?\n\nUnd noch etwas: Ich bekomme seit Wochen Anrufe von Maklern, die meine private Handynummer offenbar von Ihrem Portal haben, obwohl ich sie nie öffentlich gemacht habe. Ich bitte Sie daher gemäß Art. 15 DSGVO um Auskunft, welche personenbezogenen Daten Sie über mich speichern und an wen Sie diese weitergegeben haben.\n\nMit freundlichen Grüßen\nDr. Petra Lindner",
        "legal",
    ),
    (
        "Madame, Monsieur,\n\nSuite à l'annulation de la traversée Marseille–Ajaccio du 2 août et au refus de toute indemnisation malgré mes trois courriers, je vous informe que j'ai saisi le Médiateur Tourisme et Voyage et que je me réserve le droit d'engager une action en justice au titre du règlement (UE) n° 1177/2010 relatif aux droits des passagers.\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\nFrançois Delmas",
        "legal",
    ),
    (
        "Hola, buenas tardes:\n\nPrimero, gracias, el álbum del bautizo quedó precioso.\n\nQuería comentaros algo con calma: una amiga me ha enseñado vuestro anuncio en Instagram y aparece una foto de mis hijos que subí para mi álbum privado. Nunca di permiso para eso. Mi abogada me dice que es un uso indebido de datos personales de menores y que os pida la retirada inmediata por escrito; si no, presentaremos una reclamación ante la Agencia Española de Protección de Datos.\n\nUn saludo,\nMarta Ruiz Ocaña",
        "legal",
    ),
    (
        "Subject: Security issue – other learners' submissions accessible\n\nHi,\n\nI'm a student on your platform and also work in IT. While uploading my assignment I noticed that if I change the number at the end of the URL /submissions/48211 I can open other learners' uploaded files, including one that contained someone's passport scan. I have not downloaded or shared anything. Please forward this to your security team; happy to give more detail.\n\nBest,\nTom Ashby\nSenior Systems Engineer | Northgate Logistics\nM: +44 7700 900123\n\nThe information in this email is confidential and intended solely for the addressee. Any views expressed are those of the sender and not of Northgate Logistics Ltd. If you have received this in error, please delete it and notify the sender.",
        "security",
    ),
    (
        "Hi, could you tell me if the annual pass includes the new dinosaur trail or is that extra? Also, not sure if this matters but yesterday I got an email saying the password and email address on my membership account were changed, and I didn't do that. Now I can't log in to book slots. Thanks, Dev",
        "security",
    ),
    (
        "Hallo, in der App sehe ich, dass meine Haustür heute Nacht um 3:12 und 3:40 Uhr entsperrt wurde, über ein Konto 'Gast-2', das ich nie angelegt habe. Ich war da im Bett. Jemand hat offenbar Zugriff auf mein Konto. Was muss ich sofort tun?? Ich habe Angst, heute Nacht hier zu schlafen.",
        "security",
    ),
    (
        "bonjour, j'ai reçu un mail soi-disant de chez vous « votre box est bloquée, confirmez vos infos » et j'ai mis mon mot de passe et ma carte 😩 ce matin je vois que l'adresse de livraison de mon compte a été changée pour une adresse à Lille que je ne connais pas. aidez-moi svp",
        "security",
    ),
    (
        "¡Hola! Os escribo para preguntar si el campamento de verano de Minecraft tiene plazas para niños de 9 años.\n\nPor cierto, mi hijo Álex no puede entrar en su cuenta de la plataforma desde el martes: alguien le ha cambiado la contraseña y han publicado en su perfil mensajes feos a otros alumnos que él no ha escrito. ¿Podéis revisarlo?\n\nGracias,\nIrene (madre de Álex, grupo Sábados 10h)",
        "security",
    ),
    (
        "Hi, how often should the batteries in the Model S2 keypad be changed? Mine says 20%.\n\nOh and one more thing, I seem to have lost the spare key fob somewhere between the gym and home on Saturday. It's the one registered to our front door. Does that need anything doing about it?",
        "lost_stolen",
    ),
    (
        "Name: Kwame Mensah\nAccount: LND-20448\nMessage: I lost my locker access card for the 24h laundry lockers on Hale Road. It has about £40 of prepaid credit on it and it opens the locker where my clean washing is waiting. Please block it and tell me how to get a new one.",
        "lost_stolen",
    ),
    (
        "Mein Handy wurde mir gestern Abend in der S-Bahn gestohlen. Die App ist darauf eingeloggt und meine Kreditkarte ist hinterlegt. Bitte sperren Sie das Konto bzw. die Sitzung, bevor jemand damit Fahrten bucht! Meine E-Mail: m.hoffmann@example.de",
        "lost_stolen",
    ),
    (
        "me han robado la mochila en el metro y dentro estaba la tarjeta del pase anual familiar del zoo (titular: Javier Soto). la tarjeta tiene saldo monedero para la cafetería. podéis anularla y hacerme un duplicado?",
        "lost_stolen",
    ),
    (
        "There's a charge of £29.99 from 'GLOWBOX SUBS' on my credit card statement this month. I have never subscribed to anything from you and have never ordered a box. Who authorised this?",
        "unrecognised_payment",
    ),
    (
        "Good afternoon,\n\nI'm the office manager at Fenwick & Lowe, writing on behalf of our finance director. When reconciling the company card for November, we found two payments to your franchise (Harbour Street store) of £146.00 and £88.50 dated 17 November. We don't have any record of a catering order that day and no one in the team recalls placing one. Could you kindly let us know what these relate to?\n\nMany thanks,\nHelen Marsh\nOffice Manager\nFenwick & Lowe Chartered Accountants\n3rd Floor, 21 Quay Street, Bristol BS1 4DB\nT: 0117 496 0321\n\nFenwick & Lowe is a trading name of Fenwick & Lowe LLP, registered in England and Wales no. OC123456. This message may contain confidential information. If you are not the intended recipient, please notify us immediately and delete this message.",
        "unrecognised_payment",
    ),
    (
        "got an email receipt from you for a 'Premium Layflat Album 30x30' for 89.95 charged to my paypal. i haven't been on your site in over a year and didn't order this. what is going on",
        "unrecognised_payment",
    ),
    (
        "Hola, en mi extracto aparecen tres cargos de vuestra app (12,40 €, 18,90 € y 9,75 €) del fin de semana pasado. Ese fin de semana yo estaba en casa con gripe y no pedí ningún coche. No reconozco esos pagos.",
        "unrecognised_payment",
    ),
    (
        "URGENT - nobody in our cohort can log in to the platform, everyone gets 'Service unavailable 503'. Our proctored final exam starts at 14:00 today. Is the whole site down?? Please respond asap",
        "outage",
    ),
    (
        "Hi, the online editor hasn't loaded at all since this morning – just a blank white page after the spinner. I've tried Chrome, Firefox, two laptops and my phone, and a friend says hers is the same. None of our projects can be opened. Is something down on your side?",
        "outage",
    ),
    (
        "Bonjour, depuis 7h ce matin, les 14 serrures de notre résidence étudiante sont hors ligne dans l'application. Impossible d'ouvrir à distance, les badges ne fonctionnent plus non plus et les codes temporaires sont refusés. Votre page de statut ne dit rien. Des étudiants sont bloqués dehors. Merci d'intervenir en urgence.\n\nCordialement,\nService technique – Résidence Les Tilleuls",
        "outage",
    ),
    (
        "Asunto: No funciona nada\n\nBuenos días, desde anoche el panel de agencias da error 500 en todas las páginas. No podemos publicar, editar ni ver los contactos de los anuncios; les pasa a los seis agentes de la oficina. ¿Hay una caída general?\n\nInmobiliaria Sol y Mar\nAlicante",
        "outage",
    ),
    (
        "This is the THIRD time in two months your service has ruined my clothes. A wool coat shrunk, a silk blouse with a bleach mark and now a suit returned with someone else's shirt in the bag. I've been a customer for four years and I'm done. I want to speak to a manager, not another chatbot, or I'm taking my business elsewhere and telling everyone I know.",
        "complaint",
    ),
    (
        "Response to your reply: 'We're sorry to hear about your experience' is not good enough. Four hours sitting in the car lane with two toddlers, no announcements, cafe closed, staff shrugging. Your customer care team hasn't answered my email in three weeks. Absolutely disgraceful. I'd like a proper response from someone senior, and I will never sail with you again.",
        "complaint",
    ),
    (
        "Sehr geehrte Damen und Herren,\n\nich möchte mich hiermit offiziell über Ihre Filiale am Marktplatz beschweren. Heute früh wurde ich von der Verkäuferin vor anderen Kunden angeschrien, weil ich mit Karte zahlen wollte. Das ist nicht das erste Mal. Ich erwarte eine Stellungnahme der Geschäftsleitung, sonst war das mein letzter Einkauf bei Ihnen – und ich kaufe dort seit zwölf Jahren.\n\nHochachtungsvoll\nGerhard Baumann",
        "complaint",
    ),
    (
        "Objet : Réclamation formelle\n\nBonjour,\n\nDepuis la rentrée, l'animateur de l'atelier Python du mercredi a été absent quatre fois sans prévenir, et les enfants ont passé ces séances à regarder des vidéos. Nous payons 65 € par mois pour ça. J'ai déjà écrit deux fois sans réponse. Je demande à parler au responsable pédagogique. Sans réponse sérieuse cette semaine, nous retirerons nos deux enfants et je laisserai un avis détaillé.\n\nStéphanie Garnier",
        "complaint",
    ),
    (
        "Hi! Before I book the Christmas crossing to Cherbourg for a family of five – if we have to cancel, what's your cancellation policy on the flexi fare vs the standard fare? Do we get money back or a voucher?",
        "none",
    ),
    (
        "Hi, earlier I asked about a £14.20 trip on my card that I didn't recognise. Sorry – I've just realised it was my son using the family profile to get home from football. All fine, no need to do anything. Thanks!",
        "none",
    ),
    (
        "found the spare fob!! it was in my ski jacket the whole time 🙈 so no need to block it. does it need re-pairing after sitting unused for a few weeks or should it just work?",
        "none",
    ),
    (
        "Just FYI, the video lessons were really slow to load last night around 9pm but everything's working perfectly this morning. No action needed, just thought you'd want to know.",
        "none",
    ),
    (
        "Name: Robert Ellis\nAgency: Ellis Lettings\nMessage: Is there a way to export all our current listings (address, price, photo links) to a spreadsheet? We'd like to run a quarterly report. We're on the Pro plan.",
        "none",
    ),
    (
        "Came with the kids on Sunday with our annual pass. It absolutely poured all day and we got soaked — obviously not your fault! The staff at the reptile house were lovely and let us shelter for ages. Do you have any indoor activities planned for the winter holidays?",
        "none",
    ),
    (
        "Hello, we've got a leak in the roof above the back bedroom – a damp patch appeared after last week's storm. Could someone come round to have a look and give us a quote? We're in most afternoons. Address: 22 Lark Rise, Cheltenham.",
        "none",
    ),
    (
        "hi 👋 I'm travelling in January, can I skip just the January box and keep my subscription going from February? don't want to cancel, I love it",
        "none",
    ),
    (
        "Hi, I thought I'd been overcharged for my sourdough order this morning – £4 more than on the menu board. Then I saw it on the receipt: the delivery fee. My mistake, all clear! Thanks for the lovely bread.",
        "none",
    ),
    (
        "Before I order a 100-page wedding album (it's a big one!), what happens if the printing comes out faulty – colours off, pages stuck, that sort of thing? Do you reprint or refund? Just want to know before I spend that much.",
        "none",
    ),
    (
        "My 13-year-old has got really into cybersecurity and keeps talking about 'ethical hacking'. Do you have any courses on that for teens, and are they online or in person?",
        "none",
    ),
    (
        "Could you tell me the name of the manager at the Elm Street branch? I'd like to write and say how good the staff have been – they got a red wine stain out of my grandmother's tablecloth that I'd given up on.",
        "none",
    ),
    (
        "Hallo, ich überlege, das Wäsche-Abo 'Familie' abzuschließen. Bevor ich das mache: Wie lang ist die Kündigungsfrist, und kann ich monatlich kündigen oder bin ich ein Jahr gebunden?",
        "none",
    ),
    (
        "Guten Tag, kann ich das Zutrittsprotokoll meines Schlosses (wer wann aufgeschlossen hat) als CSV-Datei exportieren? Unsere Hausverwaltung möchte das für ihre Unterlagen zur Gemeinschaftstür haben.",
        "none",
    ),
    (
        "Gestern Abend ging die App für ca. 10 Minuten nicht, jetzt läuft alles wieder normal. Nur als Info, falls ihr das noch nicht wisst. Schönen Tag! 👍",
        "none",
    ),
    (
        "Bonjour, fausse alerte : j'ai retrouvé ma carte d'abonnement annuel, elle était dans la boîte à gants de la voiture. Pas besoin de faire quoi que ce soit. Bonne journée !",
        "none",
    ),
    (
        "Bonjour, je m'interrogeais sur le prélèvement de 119 € ce mois-ci, mais j'ai compris : c'est le passage à l'abonnement annuel que j'ai moi-même choisi. Tout est en ordre, merci !",
        "none",
    ),
    (
        "Bonjour, à cause de la grève des transports je n'ai pas pu passer récupérer ma commande de galettes (commande 3391) hier. C'est vraiment pénible, ces grèves ! Est-il possible de la récupérer demain matin à la boutique ?",
        "none",
    ),
    (
        "hola, ya vendí el piso de la calle Mayor. ¿cómo doy de baja solo ese anuncio? quiero mantener mi cuenta porque tengo otro piso que publicaré en enero",
        "none",
    ),
    (
        "Buenas, viajo el viernes a Ibiza con el coche. Pregunta tonta: si pierdo la tarjeta de embarque impresa, ¿puedo enseñar la del móvil? ¿O tengo que ir a la taquilla?",
        "none",
    ),
    (
        "Buenos días, perdonad el correo de ayer sobre la factura del tejado. Lo he revisado con calma y el importe cuadra con el presupuesto: el IVA ya venía incluido. Todo correcto. Un saludo, Andrés",
        "none",
    ),
    (
        "How do I download my certificate for the 'Intro to UX Design' course? I finished it yesterday.",
        "none",
    ),
    (
        "Order no.: BK-70215\nName: Chloe Dunn\nMessage: Hi, I've ordered a chocolate birthday cake for collection on Saturday. Could you add 'Happy 7th Birthday Oliver' in blue icing? Happy to pay extra if needed.",
        "none",
    ),
    (
        "Can I bring my dog (medium spaniel) on the 08:15 foot-passenger crossing, or only if I travel with a car? Thanks",
        "none",
    ),
    (
        "Hi Dan, any chance we can move Tuesday's inspection to Thursday morning instead? Something's come up at work. Same address as before. Cheers, Mike\n\nSent from my iPhone",
        "none",
    ),
    (
        "Hello, I've moved house. Please send my next box to: Flat 3, 18 Orchard Road, Leeds LS6 2AB. Thank you!",
        "none",
    ),
    (
        "Replying to your response: thanks for getting back to me! The new parent dashboard is great, I can finally see what Leo's working on each week. Would love a dark mode but that's a small thing. 5 stars ⭐",
        "none",
    ),
    (
        "how do i set up a guest code for our cleaner that only works on wednesdays 9-12?",
        "none",
    ),
    (
        "Hi! Does our annual pass include parking, and what time are the penguin feeds on weekends? Planning a visit with the grandparents. 🐧",
        "none",
    ),
    (
        "Bestellnummer: FB-2291034\nName: Anja Schulte\nNachricht: Hallo, wann wird mein Fotobuch ungefähr geliefert? Es soll ein Weihnachtsgeschenk sein. Danke!",
        "none",
    ),
    (
        "Wie kann ich mehr als 20 Fotos zu meiner Wohnungsanzeige hochladen? Bei Foto 21 kommt eine Meldung, dass das Limit erreicht ist.",
        "none",
    ),
    (
        "Liebes Zoo-Team, wir waren am Wochenende mit unserer Jahreskarte da und das neue Giraffenhaus ist wunderschön geworden. Großes Lob an alle! Familie Peters",
        "none",
    ),
    (
        "Guten Tag, meine Tochter Lina hat am Donnerstag eine Probestunde im Scratch-Kurs. Können wir die auf nächste Woche verschieben? Sie hat leider einen Zahnarzttermin. Viele Grüße, Markus Brandt",
        "none",
    ),
    (
        "Bonjour, est-ce que je peux changer le créneau de ramassage de jeudi (18h-20h) pour vendredi matin ? Merci beaucoup.",
        "none",
    ),
    (
        "Comment est-ce que je peux commander un véhicule avec siège enfant ? Je ne trouve pas l'option dans l'appli.",
        "none",
    ),
    (
        "Nom : Bernard Lefèvre\nTéléphone : 06 98 76 54 32\nMessage : Bonjour, je souhaiterais un devis pour le remplacement des gouttières en zinc d'une maison de plain-pied (environ 30 mètres linéaires). Vous intervenez à Angers ?",
        "none",
    ),
    (
        "¡Hola! ¿Puedo elegir algunos productos de la caja de diciembre o vienen todos sorpresa? Me encantó el sérum del mes pasado 💕",
        "none",
    ),
    (
        "Buenas tardes, ¿el curso de Marketing Digital tiene subtítulos en español o solo está en inglés?",
        "none",
    ),
    (
        "Hola, ¿la cerradura modelo S2 es compatible con una puerta de 40 mm de grosor? Quiero comprarla para el piso. Gracias",
        "none",
    ),
    (
        "Buenos días, quería encargar un roscón de Reyes grande con nata para el 6 de enero en la tienda de Gràcia. ¿Hasta qué día se puede hacer el encargo y a qué hora se recoge?",
        "none",
    ),
)

# Every set above by its letter (bench/decision_spoken.py --set X; drafts/risk/training.py).
SPOKEN_SETS: dict[str, tuple[tuple[str, str], ...]] = {
    "a": SPOKEN_CHECKS,
    "b": SPOKEN_CHECKS_B,
    "c": SPOKEN_CHECKS_C,
    "d": SPOKEN_CHECKS_D,
    "e": SPOKEN_CHECKS_E,
    "f": SPOKEN_CHECKS_F,
    "g": SPOKEN_CHECKS_G,
    "h": SPOKEN_CHECKS_H,
    "i": SPOKEN_CHECKS_I,
    "j": SPOKEN_CHECKS_J,
    "k": SPOKEN_CHECKS_K,
    "l": SPOKEN_CHECKS_L,
    "m": SPOKEN_CHECKS_M,
    "n": SPOKEN_CHECKS_N,
    "o": SPOKEN_CHECKS_O,
    "p": SPOKEN_CHECKS_P,
    "q": SPOKEN_CHECKS_Q,
    "r": SPOKEN_CHECKS_R,
    "s": SPOKEN_CHECKS_S,
    "t": SPOKEN_CHECKS_T,
    "u": SPOKEN_CHECKS_U,
    "v": SPOKEN_CHECKS_V,
    "w": SPOKEN_CHECKS_W,
    "x": SPOKEN_CHECKS_X,
    "y": SPOKEN_CHECKS_Y,
    "z": SPOKEN_CHECKS_Z,
    "aa": SPOKEN_CHECKS_AA,
    "ab": SPOKEN_CHECKS_AB,
    "ac": SPOKEN_CHECKS_AC,
    "ad": SPOKEN_CHECKS_AD,
}
# Sets kept out of every training (the injection head learns the others as ordinary text,
# drafts/detectors/corpus): scored blind and not yet read, so their next scoring is still a first
# sight (AA, AD); or read, and waiting like stress53-56 for a rebuild of the head that passes the
# leave-one-out budgets (AC: with its calls as ordinary text the risk sets held out read 51 of
# 2,160 messages as attacks, over the 2% budget; docs/detectors.md, thirteenth session).
UNREAD_SETS = ("aa", "ac", "ad")

"""Build `history.csv`: Fernhill Instruments' labeled ticket history, for the classifier.

The rows are composed from hand-written phrasings (ours), with a fixed seed, so the file is the
same on every run: `python supportdesk/demo/build_history.py` rewrites it, and a test checks that
the committed file matches. Each row is a greeting, one core statement of the request, a few
optional details and questions, and a sign-off; slots (order numbers, station models, plans,
amounts, dates) vary the wording, some rows get typos or shouting, some are terse one-liners, a
few are in German, French or Spanish, and a few carry a secondary concern from another class
(ambiguous, as real tickets are). The label is the request class slug of the main concern.

Columns: text,label,subject,customer_email,created_at,resolution
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
from pathlib import Path

SEED = 20250106
OUT = Path(__file__).resolve().parent / "history.csv"
ROWS_PER_CLASS = {
    "shipping-status": 160,
    "refund-policy": 135,
    "account-access": 140,
    "setup-help": 160,
    "pricing": 135,
    "general": 125,
    "billing-dispute": 110,
    "refund-exception": 100,
    "data-deletion": 100,
    "legal-compliance": 95,
    "security-report": 95,
    "outage": 110,
    "complaint": 110,
}

SLOTS = {
    "order": lambda r: f"FH-{r.randint(200000, 209999)}",
    "order_hash": lambda r: f"#{r.randint(200000, 209999)}",
    "model": lambda r: r.choice(
        [
            "Station S2",
            "S2 Pro",
            "Station Lite",
            "Station One",
            "S2",
            "Fernhill Station",
            "S2 Pro bundle",
            "weather station",
        ]
    ),
    "addon": lambda r: r.choice(
        [
            "rain gauge",
            "RG-1 rain gauge",
            "wind sensor",
            "WS-3 anemometer",
            "mounting kit",
            "solar panel",
            "mast bracket",
            "wind vane",
            "spare battery pack",
        ]
    ),
    "plan": lambda r: r.choice(
        [
            "Free",
            "Starter",
            "Business",
            "Enterprise",
            "Starter annual",
            "Business annual",
            "Starter monthly",
            "Business monthly",
        ]
    ),
    "paid_plan": lambda r: r.choice(
        [
            "Starter",
            "Business",
            "Starter annual",
            "Business annual",
            "Starter monthly",
            "Enterprise",
        ]
    ),
    "amount": lambda r: r.choice(
        [
            "$12",
            "$6",
            "$72",
            "€29",
            "$348",
            "£60",
            "$840",
            "€129",
            "$29",
            "$290",
            "€72",
            "$1,450",
            "£9",
            "$58",
        ]
    ),
    "days": lambda r: str(r.choice([3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 21])),
    "weeks": lambda r: r.choice(["two", "three", "four", "2", "3", "5", "six"]),
    "weekday": lambda r: r.choice(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "the weekend"]
    ),
    "carrier": lambda r: r.choice(
        [
            "the courier",
            "DHL",
            "UPS",
            "DPD",
            "the post office",
            "FedEx",
            "the delivery company",
            "GLS",
        ]
    ),
    "invoice": lambda r: f"INV-2025-{r.randint(1000, 9999):05d}",
    "fw": lambda r: f"3.{r.randint(1, 5)}.{r.randint(0, 9)}",
    "app": lambda r: f"5.{r.randint(0, 3)}.{r.randint(0, 9)}",
    "n": lambda r: str(r.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 40])),
    "feature": lambda r: r.choice(
        [
            "frost alerts",
            "the dashboard",
            "data export",
            "the API",
            "webhooks",
            "wind alerts",
            "the mobile app",
            "rain alerts",
            "the history graphs",
            "CSV export",
            "SMS alerts",
            "the share link",
        ]
    ),
    "time": lambda r: f"{r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45', '10', '05'])}",
    "city": lambda r: r.choice(
        [
            "Leeds",
            "Lyon",
            "Graz",
            "Valencia",
            "Portland",
            "Cork",
            "Utrecht",
            "Bergen",
            "Adelaide",
            "Toronto",
            "Bristol",
            "Munich",
            "Seville",
            "Nantes",
        ]
    ),
    "place": lambda r: r.choice(
        [
            "the farm",
            "the vineyard",
            "our school",
            "the golf course",
            "the marina",
            "my allotment",
            "the back garden",
            "our depot",
            "the orchard",
            "the roof",
            "the apiary",
            "our campus",
        ]
    ),
    "browser": lambda r: r.choice(
        ["Chrome", "Firefox", "Safari", "Edge", "the iPhone app", "the Android app"]
    ),
    "serial": lambda r: f"FS{r.choice(['2', '2P', 'L'])}-{r.randint(10000, 99999)}",
    "seats": lambda r: str(r.choice([2, 3, 4, 5, 6, 8, 10, 15, 20, 45])),
    "station_count": lambda r: str(r.choice([2, 3, 4, 6, 8, 12, 25, 40, 90, 140, 300])),
    "ticket": lambda r: f"#{r.randint(1000, 9999)}",
    "ip": lambda r: f"203.0.113.{r.randint(2, 250)}",
    "country": lambda r: r.choice(
        ["Brazil", "Vietnam", "Russia", "Nigeria", "Indonesia", "Romania", "China", "Peru"]
    ),
    "month": lambda r: r.choice(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
        ]
    ),
    "competitor": lambda r: r.choice(
        [
            "another provider",
            "a competitor",
            "one of your rivals",
            "a different brand",
            "something else",
        ]
    ),
}

GREETINGS = [
    "",
    "",
    "",
    "",
    "Hi,",
    "Hello,",
    "Hi there,",
    "Hey,",
    "Good morning,",
    "Dear Fernhill team,",
    "Hello support,",
    "Hi team,",
    "Dear Sir or Madam,",
    "Hiya,",
    "Good afternoon,",
    "Hey folks,",
    "To whom it may concern,",
    "Hi Fernhill,",
    "Morning,",
]
SIGNOFFS = [
    "",
    "",
    "",
    "",
    "Thanks",
    "Thanks!",
    "Thank you.",
    "Cheers",
    "Regards",
    "Best regards",
    "Kind regards",
    "Many thanks",
    "Thanks in advance",
    "thx",
    "Appreciate it.",
    "Best,",
    "Sent from my phone",
]
NAMES_FIRST = [
    "Alice",
    "Bram",
    "Carmen",
    "Dmitri",
    "Efua",
    "Finn",
    "Gwen",
    "Hassan",
    "Ines",
    "Jakub",
    "Keira",
    "Lars",
    "Mina",
    "Noah",
    "Olga",
    "Pablo",
    "Quinn",
    "Rosa",
    "Sven",
    "Tariq",
    "Uma",
    "Viktor",
    "Wen",
    "Xavier",
    "Yara",
    "Zoe",
    "Amara",
    "Bjorn",
    "Clara",
    "Diego",
    "Elif",
    "Felix",
    "Grace",
    "Henrik",
    "Isla",
    "Jonah",
    "Leila",
    "Marek",
    "Nora",
    "Owen",
]
NAMES_LAST = [
    "Adeyemi",
    "Brandt",
    "Costa",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Hughes",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Laurent",
    "Moreau",
    "Nakamura",
    "Oduya",
    "Patel",
    "Quinlan",
    "Rahman",
    "Silva",
    "Tanaka",
    "Underwood",
    "Vasquez",
    "Walsh",
    "Yilmaz",
    "Zimmer",
    "Bianchi",
    "Novak",
    "Larsen",
    "Haddad",
    "Murphy",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.com",
    "example.org",
    "mail.example",
    "farm.example",
    "orchard.example",
    "school.example",
    "campus.example",
    "marina.example",
    "logistics.example",
    "vineyard.example",
]
ANGRY_OPENERS = [
    "I'm furious.",
    "This is ridiculous.",
    "Seriously??",
    "Unbelievable.",
    "I am extremely unhappy.",
    "Not impressed.",
    "This is the last straw.",
    "I've had enough.",
    "What is going on with you people?",
]
ANGRY_CLOSERS = [
    "Sort it out.",
    "I expect an answer today.",
    "Fix this NOW.",
    "Very disappointed.",
    "This is not acceptable.",
    "Don't make me ask again.",
]

# Per class: subjects, cores (the request itself), details (supporting facts), asks (what they
# want), shorts (terse whole messages), foreign (whole messages in de/fr/es), resolutions.
CLASSES: dict[str, dict[str, list[str]]] = {
    "shipping-status": {
        "subjects": [
            "Where is my order?",
            "Order {order} status",
            "Tracking not updating",
            "Delivery date?",
            "Has my {model} shipped?",
            "Still waiting for my order",
            "Parcel not delivered",
            "Order {order_hash}",
            "When will it arrive",
            "Delivery question",
            "Tracking says delivered but nothing here",
            "{addon} not arrived yet",
            "shipping update please",
        ],
        "cores": [
            "I ordered a {model} {days} days ago (order {order}) and it still hasn't arrived.",
            "My order {order} has been stuck on 'label created' for {days} days.",
            "The tracking for {order} hasn't moved since {weekday}.",
            "Tracking says my parcel was delivered but there is nothing at my door.",
            "I received the station but the {addon} from the same order is missing.",
            "Could you tell me when order {order} will ship? The site said 2 days.",
            "The tracking link in your dispatch email doesn't work.",
            "My {model} has been sitting in customs for over a week.",
            "{carrier} says the address is incomplete and they're holding my parcel.",
            "I need the {addon} before {weekday}, will it get here in time?",
            "The website says my {model} is backordered. Any idea when it ships?",
            "We ordered {station_count} stations for {place} and only part of the delivery came.",
            "I paid for express shipping and the order {order} is still processing.",
            "Can I change the delivery address on order {order}? It hasn't shipped yet.",
            "It's been {weeks} weeks since I ordered and I've had no dispatch email.",
            "The parcel was returned to sender by {carrier}, what happens now?",
            "Order {order} shows as shipped but {carrier} has no record of it.",
            "I was out when {carrier} came and there was no card. How do I rebook delivery?",
            "Do you ship to {city}? My order is stuck at 'awaiting carrier'.",
            "I got a dispatch email for {order} but no tracking number.",
            "The box for my {model} was supposed to arrive on {weekday}, nothing yet.",
            "Our purchase order for {station_count} units shows dispatched but goods-in has "
            "nothing.",
            "Has the replacement {addon} been sent? I was told it would go out this week.",
        ],
        "details": [
            "The tracking page just says 'in transit'.",
            "I'm away from {weekday} onwards.",
            "It's a birthday present so timing matters.",
            "The order confirmation came through fine.",
            "I live in {city}.",
            "{carrier} told me to contact the sender.",
            "I've checked with the neighbours.",
            "The order was paid by card.",
            "We need them installed at {place} before frost season.",
            "Nobody is at the office on {weekday}.",
            "Last time it took {days} days.",
        ],
        "asks": [
            "Can you check where it is?",
            "When can I expect it?",
            "Please send me a tracking number.",
            "Can you look into it?",
            "Is it lost?",
            "Could you give me an ETA?",
            "Can you chase {carrier}?",
            "What should I do?",
            "Please confirm the delivery date.",
        ],
        "shorts": [
            "where is my order {order}",
            "tracking stuck for {order}",
            "eta on {order}?",
            "has {order} shipped yet",
            "my parcel never came",
            "order {order_hash} status?",
            "still no delivery. {order}",
            "any news on my {model}?",
        ],
        "foreign": [
            "Hallo, meine Bestellung {order} ist seit {days} Tagen unterwegs und die "
            "Sendungsverfolgung zeigt nichts Neues. Wann kommt sie an?",
            "Bonjour, ma commande {order} n'est toujours pas arrivée. Le suivi n'a pas bougé "
            "depuis {weekday}. Pouvez-vous vérifier ?",
            "Hola, mi pedido {order} sigue sin llegar y el seguimiento no se actualiza. ¿Cuándo "
            "llegará?",
            "Guten Tag, laut Sendungsverfolgung wurde das Paket zugestellt, aber es ist nicht "
            "hier. Bestellung {order}.",
        ],
        "resolutions": [
            "Carrier delay; parcel delivered two days later.",
            "Sent working tracking link.",
            "Address corrected before dispatch.",
            "Missing item shipped separately.",
            "Lost parcel; replacement sent by express.",
            "Backorder date confirmed.",
            "Customs released the parcel.",
            "Redelivery booked with the carrier.",
        ],
    },
    "refund-policy": {
        "subjects": [
            "Return policy question",
            "Can I return my {model}?",
            "Refund question",
            "How do returns work?",
            "Return window?",
            "Refund for unused {addon}",
            "Cancel and refund?",
            "Money back guarantee?",
            "Returning a gift",
            "Refund on annual plan?",
            "damaged on arrival",
        ],
        "cores": [
            "How long do I have to return the {model} if it doesn't suit me?",
            "If I cancel my {paid_plan} plan, do I get a refund for the rest of the period?",
            "The {addon} is still sealed. Can I send it back for a refund?",
            "Is there a money-back guarantee on the {model}?",
            "My {model} arrived with a cracked {addon}. Do I get a refund or a replacement?",
            "Do you refund annual plans if I cancel after a month?",
            "I was given a {model} as a gift. Can I return it without the receipt?",
            "What's your return policy for opened items?",
            "If the station doesn't work with my wifi, can I return it?",
            "Who pays for return shipping?",
            "Can I get a refund instead of store credit?",
            "I changed my mind about the {addon}, it's unopened. Return possible?",
            "How long does a refund take to show on my card after you receive the return?",
            "Is the refund for a faulty {addon} in the first month full or partial?",
            "Do refunds include the original shipping cost?",
            "Can I return one of the {n} stations we bought?",
            "If I downgrade from {paid_plan} to Free, is the difference refunded?",
            "What's the difference between warranty and a refund for a {model}?",
            "I bought the wrong {addon}. Can I exchange it?",
            "Does the return window start on the order date or the delivery date?",
        ],
        "details": [
            "I bought it {days} days ago.",
            "It's still in the original box.",
            "I've only set it up once.",
            "The order number is {order}.",
            "I paid by card.",
            "It was a present from my family.",
            "The packaging is slightly torn.",
            "I'm on {paid_plan}.",
        ],
        "asks": [
            "What are my options?",
            "How do I start a return?",
            "Can you explain the policy?",
            "Is that possible?",
            "Please let me know.",
            "Where do I send it?",
            "Do I need a return label?",
        ],
        "shorts": [
            "return policy?",
            "can i return the {addon}",
            "refund if i cancel?",
            "how long is the return window",
            "returns for opened items?",
        ],
        "foreign": [
            "Hallo, wie lange habe ich Zeit, die {model} zurückzugeben? Sie ist noch original "
            "verpackt.",
            "Bonjour, quelle est votre politique de retour ? Je voudrais renvoyer le {addon}.",
            "Hola, ¿puedo devolver la estación si no funciona con mi wifi? ¿Cuánto tiempo tengo?",
        ],
        "resolutions": [
            "Explained 30-day return window; label sent.",
            "Refund policy explained.",
            "Damaged on arrival: replacement sent.",
            "Return label issued.",
            "Explained no partial-month refunds.",
            "Annual refund window explained.",
            "Gift return as store credit.",
        ],
    },
    "account-access": {
        "subjects": [
            "Can't log in",
            "Password reset not working",
            "Locked out",
            "2FA problem",
            "Lost my authenticator",
            "Login issue",
            "Verification email never arrived",
            "Account locked",
            "SSO login loop",
            "Can't access my account",
            "reset link expired",
            "Change login email",
            "remove a user from our team",
        ],
        "cores": [
            "I can't log in: it says my password is wrong, but I'm sure it's right.",
            "The password reset email never arrives, I've checked spam.",
            "I got a new phone and lost my authenticator app, now I'm locked out.",
            "My account is locked after too many login attempts.",
            "The verification link says it has expired.",
            "When I log in, I'm sent straight back to the login page.",
            "I never received the activation email after signing up.",
            "The two-factor code by SMS doesn't arrive.",
            "How do I change the email address I use to log in?",
            "Our users get stuck in a redirect loop when signing in with SSO.",
            "A former colleague still has access to our account; how do I remove them?",
            "The login page keeps saying 'session expired' right after I sign in.",
            "I created two accounts by mistake and can't get into the one with my station.",
            "My API key suddenly returns 401 unauthorized.",
            "How do I transfer ownership of the account to a colleague?",
            "The reset link in the email says 'invalid token'.",
            "I'm stuck on the 2FA screen, the code is always rejected.",
            "A team member's account says 'deactivated' and they can't sign in.",
            "I can log in on {browser} but not in the mobile app.",
            "The login button just spins forever on {browser}.",
            "After the app update to {app} I'm logged out every time I open it.",
            "I forgot which email I used to register.",
        ],
        "details": [
            "I've tried {browser} and another browser.",
            "I cleared my cookies.",
            "My username is my email.",
            "I need to check my frost alerts tonight.",
            "I reset my password twice already.",
            "It worked fine yesterday.",
            "The error says 'invalid credentials'.",
            "I'm the account owner.",
        ],
        "asks": [
            "Can you help me get back in?",
            "Can you reset it?",
            "Please unlock my account.",
            "What should I do?",
            "Can you resend the email?",
            "How do I fix this?",
        ],
        "shorts": [
            "cant log in",
            "password reset not arriving",
            "locked out of my account",
            "2fa code not working",
            "login loop again",
            "reset link expired",
        ],
        "foreign": [
            "Hallo, ich kann mich nicht mehr anmelden. Die E-Mail zum Zurücksetzen des "
            "Passworts kommt nicht an.",
            "Bonjour, je n'arrive plus à me connecter à mon compte, le code de vérification "
            "est refusé.",
            "Hola, no puedo entrar en mi cuenta. El enlace para restablecer la contraseña ha "
            "caducado.",
        ],
        "resolutions": [
            "Password reset link resent.",
            "2FA reset after identity check.",
            "Account unlocked.",
            "Verified account manually.",
            "IdP certificate updated.",
            "Member removed by owner.",
            "Email typo corrected.",
        ],
    },
    "setup-help": {
        "subjects": [
            "Setup question",
            "Station won't connect to wifi",
            "How do I set up alerts?",
            "{addon} not pairing",
            "Help with installation",
            "API question",
            "Webhook setup",
            "How to export data",
            "Calibrating the {addon}",
            "Firmware update stuck",
            "Dashboard question",
            "Mounting advice",
            "readings look wrong",
        ],
        "cores": [
            "My {model} won't connect to wifi, the setup fails at the last step.",
            "How do I set up a frost alert at 2°C instead of 0?",
            "The {addon} won't pair with my station.",
            "How do I export hourly data for all stations as CSV?",
            "The firmware update to {fw} has been stuck at 60% for an hour.",
            "How high should I mount the station at {place}?",
            "The temperature reads 10 degrees higher than it really is.",
            "The rain gauge shows 0mm after a night of rain.",
            "The wind sensor reads zero even though it's windy.",
            "How do I add a second person to receive SMS alerts?",
            "Is there a full-screen or kiosk mode for the dashboard?",
            "How do I paginate through observations in the API?",
            "Our webhook receiver can't verify your signature header.",
            "Can I put several stations on one dashboard?",
            "What does the blinking red light on the station mean?",
            "How do I calibrate the {addon}?",
            "The export timestamps are in UTC, can I get local time?",
            "How do I configure SAML single sign-on for our organisation?",
            "The app can't find the station during setup.",
            "How do I add a widget for yesterday's highs and lows?",
            "The battery drains in a few days after the {fw} update.",
            "What are the rate limits on the API and what do the headers mean?",
            "How do I give a colleague read-only access to the dashboard?",
            "How do I move a station to a different site in the app?",
        ],
        "details": [
            "The station is a {model} on firmware {fw}.",
            "My router has 2.4GHz and 5GHz on the same name.",
            "I'm using {browser}.",
            "The manual doesn't cover this.",
            "It's mounted at {place}.",
            "We have {station_count} stations.",
            "I followed the quick start guide.",
            "The app version is {app}.",
        ],
        "asks": [
            "Any idea?",
            "How do I do that?",
            "Can you point me to the right setting?",
            "Is there a guide for this?",
            "What am I doing wrong?",
            "Can you walk me through it?",
        ],
        "shorts": [
            "how do i set up frost alerts",
            "wifi setup fails",
            "{addon} wont pair",
            "how to export csv",
            "what does the red light mean",
            "firmware stuck at 60%",
        ],
        "foreign": [
            "Hallo, wie kann ich den {addon} kalibrieren? Die Werte sind viel zu hoch.",
            "Bonjour, la station ne se connecte pas au wifi, l'installation échoue à la "
            "dernière étape.",
            "Hola, ¿cómo configuro una alerta de helada a 2 grados?",
            "Guten Tag, wie exportiere ich die Stundenwerte aller Stationen als CSV?",
        ],
        "resolutions": [
            "Walked through wifi setup (2.4GHz).",
            "Explained alert threshold setting.",
            "Pairing mode explained.",
            "Pointed to export settings.",
            "Docs link sent.",
            "Calibration factor explained.",
            "Mounting advice given.",
        ],
    },
    "pricing": {
        "subjects": [
            "Pricing question",
            "How much is {paid_plan}?",
            "Upgrade question",
            "Quote request",
            "Invoice question",
            "Discount for schools?",
            "Plan comparison",
            "Price increase?",
            "Downgrade to Free",
            "Extra seats cost",
            "Enterprise pricing",
        ],
        "cores": [
            "How much does the {paid_plan} plan cost per month?",
            "If I upgrade from Starter to Business mid-month, what do I pay?",
            "Could you send a quote for {n} more stations and {seats} seats?",
            "Do you offer a discount for schools or charities?",
            "What's the difference between Business and Enterprise?",
            "My invoice has a line called 'adjustment', what is it?",
            "If I downgrade to Free, what do I lose?",
            "Is Business priced per station or per user?",
            "I got an email about a price increase. How much exactly?",
            "Can we pay annually by invoice instead of card?",
            "What are the API limits on each plan?",
            "Do extra seats on Business cost extra?",
            "Is there a student discount?",
            "Does the annual plan lock the price until renewal?",
            "Can you explain how proration works when adding seats?",
            "Is SMS alerting included in {paid_plan} or extra?",
            "What does Enterprise cost roughly for {station_count} stations?",
            "Is VAT included in the prices on the website?",
            "Can we get net 30 payment terms with a PO number on invoices?",
            "Is the mobile app free or part of a paid plan?",
        ],
        "details": [
            "We're currently on {plan}.",
            "We have {station_count} stations.",
            "Our renewal is coming up in {weeks} weeks.",
            "Procurement needs a formal quote.",
            "I'm a hobbyist, it's just for my garden.",
            "We're a small school.",
        ],
        "asks": [
            "Thanks for clarifying.",
            "Can you send the details?",
            "What would it cost?",
            "Could you explain?",
            "Is that possible?",
        ],
        "shorts": [
            "how much is starter",
            "price for business plan?",
            "is the app free",
            "discount for schools?",
            "whats included in {paid_plan}",
        ],
        "foreign": [
            "Hallo, was kostet der {paid_plan}-Plan pro Monat?",
            "Bonjour, quel est le prix du plan Business pour {n} stations ?",
            "Hola, ¿cuánto cuesta el plan {paid_plan} al año?",
        ],
        "resolutions": [
            "Prices explained.",
            "Quote sent.",
            "Proration explained.",
            "Education discount applied.",
            "Invoice line explained.",
            "Plan comparison sent.",
        ],
    },
    "general": {
        "subjects": [
            "Quick question",
            "Feature request",
            "Just saying thanks",
            "Home Assistant?",
            "Is the app in German?",
            "Partnership idea",
            "Roadmap question",
            "Where are they made?",
            "Case study?",
            "question",
            "Suggestion",
        ],
        "cores": [
            "Do you have a Home Assistant integration?",
            "It would be great to see dew point on the main widget.",
            "Just wanted to say the wind alerts saved our event on {weekday}. Thank you!",
            "Is the app available in German?",
            "Where are your stations manufactured?",
            "Any plans for a soil moisture sensor?",
            "Is the firmware open source?",
            "Would you be interested in a case study with us?",
            "Do you sell your weather data to anyone?",
            "Can I embed my dashboard on my blog?",
            "We're an association of {n} beekeepers, do you do partnerships?",
            "Is there a changelog for firmware versions?",
            "Can I use the station indoors as well?",
            "Do you have a newsletter for product updates?",
            "Any plans for an Apple Watch complication?",
            "The snow icon showed up in July, which made my day.",
            "Do you recommend any installers for tall masts?",
            "Do you have stickers? My kids love the station.",
            "Is there a community forum for Fernhill users?",
            "Can the station measure air quality?",
        ],
        "details": [
            "Love the product so far.",
            "No rush on this.",
            "Just curious.",
            "We've had the station for {weeks} months.",
            "My neighbour has one too.",
        ],
        "asks": [
            "Thanks!",
            "Would love to know.",
            "Let me know.",
            "Any info appreciated.",
        ],
        "shorts": [
            "love the station, thanks!",
            "home assistant support?",
            "any soil sensor coming?",
            "is firmware open source",
            "feature request: dew point widget",
        ],
        "foreign": [
            "Hallo, gibt es die App auch auf Deutsch?",
            "Bonjour, proposez-vous des partenariats avec les associations ?",
            "Hola, solo quería daros las gracias, la estación funciona genial.",
        ],
        "resolutions": [
            "Answered.",
            "Feature request logged.",
            "Thanked the customer.",
            "Pointed to the local API.",
            "Passed to marketing.",
        ],
    },
    "billing-dispute": {
        "subjects": [
            "Charged twice",
            "Unauthorised charge",
            "Wrong amount charged",
            "Invoice {invoice} is wrong",
            "Charge after cancelling",
            "Chargeback",
            "Dispute",
            "Overage charges?",
            "I did not authorise this payment",
            "Double billing",
            "Promo code not applied",
        ],
        "cores": [
            "I've been charged {amount} twice this month.",
            "There's a charge of {amount} on my card I don't recognise.",
            "I cancelled on the 2nd and you still charged me {amount}.",
            "Invoice {invoice} bills us for more seats than we have.",
            "I picked Starter but was charged for Business.",
            "You billed us {amount} in overage that nobody told us about.",
            "I've filed a chargeback with my bank for the {amount} renewal.",
            "I'm on the Free plan, why was I charged {amount}?",
            "The promo code was accepted but I was charged full price.",
            "Our annual fee was taken twice from the company account.",
            "I was charged {amount} for a renewal I never agreed to.",
            "The SLA credit we're owed isn't on this month's invoice {invoice}.",
            "We're disputing invoice {invoice}; it doesn't match our quote.",
            "Your renewal charged the old card of a former employee.",
            "The refund you promised never reached my account and now I've been charged again.",
            "I was billed in dollars instead of euros and paid conversion fees.",
            "We were charged for {n} stations but only have {station_count}.",
            "My bank flagged your {amount} charge as suspicious, I didn't make it.",
            "You charged {amount} after my free trial even though I cancelled during it.",
        ],
        "details": [
            "Both charges are dated the 1st.",
            "I have the cancellation email.",
            "Finance is holding payment until this is fixed.",
            "It's on the company card.",
            "The charge shows as FERNHILL CLOUD.",
            "I've attached the bank statement.",
        ],
        "asks": [
            "I want the money back.",
            "Please refund it.",
            "Please correct and reissue the invoice.",
            "Explain this charge or reverse it.",
            "Reverse it immediately.",
            "Otherwise I'll dispute it with my bank.",
        ],
        "shorts": [
            "charged twice!!",
            "refund the double charge",
            "unauthorised charge {amount}",
            "why was i charged {amount}",
            "disputing this charge with my bank",
        ],
        "foreign": [
            "Sehr geehrte Damen und Herren, der Jahresbeitrag wurde zweimal abgebucht. Wir "
            "bitten um Rückerstattung.",
            "Bonjour, j'ai été débitée deux fois de {amount} ce mois-ci. Merci de rembourser.",
            "Hola, hay un cargo de {amount} que no reconocemos. Anúlenlo por favor.",
        ],
        "resolutions": [
            "Duplicate charge refunded.",
            "Credit note issued.",
            "Charge explained: web order.",
            "Renewal after cancellation refunded.",
            "Chargeback handled by billing.",
            "Difference refunded; plan corrected.",
        ],
    },
    "refund-exception": {
        "subjects": [
            "Refund outside the window",
            "Exception request",
            "Refund please - special case",
            "Refund after {days} weeks",
            "Compensation",
            "Refund remaining months",
            "Can you make an exception?",
            "Goodwill refund?",
            "Pro-rata refund",
        ],
        "cores": [
            "I know it's past the 30 days, but could you refund the {model}?",
            "My station died after 40 days; I'd rather have a refund than a replacement.",
            "We paid annually {weeks} months ago and have to close; can you refund the rest?",
            "Your alert failed and we lost crops. We want a refund and compensation.",
            "I was in hospital for most of the return window. Could you make an exception?",
            "We're moving abroad; can you refund the unused months of our annual plan?",
            "Our budget was cut, is there any way to get back the unused months?",
            "The {addon} is unopened but it's been {weeks} weeks. Could you still take it back?",
            "A fire destroyed one of our stations, can you refund that part of the subscription?",
            "I'd like a full refund of the last year since the service didn't work for us.",
            "My son bought the wrong model three months ago; can I get some money back?",
            "Please refund all my payments for the last {n} months.",
            "I understand the policy but I'm asking for a goodwill refund.",
            "We want the renewal refunded even though it's past the 14 days.",
            "Can you refund this month and the next as compensation for the downtime?",
        ],
        "details": [
            "We've been customers for {weeks} years.",
            "I have a doctor's note if needed.",
            "It's still in the box.",
            "The station is a {model}.",
            "We're on {paid_plan}.",
        ],
        "asks": [
            "Could you make an exception?",
            "Please consider it.",
            "I'd really appreciate it.",
            "We expect at least a refund.",
            "Is there anything you can do?",
        ],
        "shorts": [
            "past the window but please refund",
            "exception for refund?",
            "refund the unused months please",
        ],
        "foreign": [
            "Bonjour, je sais que le délai est dépassé, mais pourriez-vous faire une exception "
            "pour le remboursement ?",
            "Hola, compré el {addon} hace {days} semanas y no lo he usado. ¿Pueden hacer una "
            "excepción?",
            "Hallo, ich weiß, dass die Frist abgelaufen ist, aber könnten Sie mir den Betrag "
            "trotzdem erstatten?",
        ],
        "resolutions": [
            "Goodwill refund approved by lead.",
            "Pro-rata refund approved.",
            "Exception declined; offered credit.",
            "Partial refund approved.",
            "Exchange with refund of difference.",
        ],
    },
    "data-deletion": {
        "subjects": [
            "Delete my account",
            "Delete my data",
            "GDPR erasure request",
            "Remove my personal data",
            "Account deletion",
            "Right to be forgotten",
            "Delete old readings",
            "Please close my account and delete everything",
        ],
        "cores": [
            "Please delete my account and all my data.",
            "Under Article 17 GDPR I request erasure of all personal data you hold about me.",
            "Please remove a former employee's name, email and phone number from our account.",
            "Delete all readings from my old address, but keep the account.",
            "I want everything you have on me deleted, now.",
            "We need written confirmation of what you delete at contract end, including backups.",
            "Please close my account and erase my station history.",
            "I'd like my personal information removed from your systems.",
            "Remove my email from everything, including marketing lists, and delete the account.",
            "Can you delete the location data for my station?",
            "How long do you keep data after I delete my account?",
            "Please delete the data of my late father's account.",
            "I request deletion of my personal data and confirmation when done.",
        ],
        "details": [
            "I don't use the station anymore.",
            "I've sold the station.",
            "The account email is the one I'm writing from.",
            "I never agreed to marketing emails.",
            "Our data protection officer needs this in writing.",
        ],
        "asks": [
            "Please confirm when it's done.",
            "Confirm in writing please.",
            "Thank you.",
            "How long will it take?",
        ],
        "shorts": [
            "delete my account",
            "please delete all my data",
            "erase everything you have on me",
        ],
        "foreign": [
            "Hiermit verlange ich gemäß Art. 17 DSGVO die Löschung meiner Daten.",
            "Bonjour, je souhaite supprimer mon compte et toutes mes données.",
            "Hola, quiero que borren mi cuenta y mis datos personales.",
        ],
        "resolutions": [
            "Account erased after identity check.",
            "Readings for old location deleted.",
            "Deletion confirmed in writing.",
            "Personal data removed from alert history.",
        ],
    },
    "legal-compliance": {
        "subjects": [
            "Subpoena",
            "Data processing agreement",
            "GDPR access request",
            "Legal request",
            "Security questionnaire",
            "Request from law enforcement",
            "Contract clause",
            "Certified records request",
            "DPA and sub-processors",
            "Data residency",
        ],
        "cores": [
            "Please find attached a subpoena for account records of {n} users.",
            "Under Article 15 GDPR I request access to all personal data you hold about me.",
            "Procurement needs your data processing agreement and sub-processor list.",
            "Our legal team requires that EU data stays in the EU, in writing.",
            "I'm a police officer investigating an incident; please send station data near an "
            "address.",
            "We need a certified record of wind speeds on {weekday} for an insurance claim and "
            "possibly court.",
            "Please complete the attached vendor security questionnaire and share your SOC 2 "
            "report.",
            "Our lawyer asks whether your terms allow us to resell derived data.",
            "We received a court order to preserve station data for the period in dispute.",
            "Please confirm your compliance with the new data protection rules in our contract.",
            "Can you sign our standard contractual clauses for the data transfer?",
            "The auditor needs your data retention policy in writing.",
            "We're being sued by a neighbour and need your records as evidence.",
        ],
        "details": [
            "Production is requested within 14 days.",
            "Our legal counsel is copied.",
            "The matter number is {ticket}.",
            "This is needed for our annual audit.",
            "Please respond within the statutory deadline.",
        ],
        "asks": [
            "Please confirm receipt.",
            "Who should we address this to?",
            "Please advise.",
            "Kindly respond at your earliest convenience.",
        ],
        "shorts": [
            "please send your DPA",
            "subpoena attached",
            "GDPR data access request",
        ],
        "foreign": [
            "Ich bitte gemäß Art. 15 DSGVO um Auskunft über alle zu meiner Person gespeicherten "
            "Daten.",
            "Bonjour, notre service juridique a besoin de votre accord de traitement des données.",
            "Hola, necesitamos un certificado de los datos de viento para el juzgado.",
        ],
        "resolutions": [
            "Passed to legal.",
            "DPA sent.",
            "Access request fulfilled within deadline.",
            "Questionnaire completed.",
            "Law enforcement asked for formal process.",
        ],
    },
    "security-report": {
        "subjects": [
            "Security vulnerability",
            "Possible security issue",
            "Suspicious login",
            "Phishing email",
            "I leaked my API key",
            "XSS on share page",
            "Open port on station",
            "Responsible disclosure",
            "Pen test findings",
            "Account compromised?",
        ],
        "cores": [
            "I found an IDOR: changing the station id returns other organisations' share tokens.",
            "I got a new-login alert from {country}; someone else is in my account.",
            "Staff received a phishing email pretending to be Fernhill asking for passwords.",
            "I accidentally pushed my API key to a public repository.",
            "Station names aren't escaped on the public share page; script runs.",
            "The station has telnet open on my local network with a login prompt.",
            "Your API still accepts TLS 1.0 and weak ciphers according to our pen test.",
            "I think my account was hacked: alerts were changed and I didn't do it.",
            "Your password reset doesn't expire old links; that seems like a risk.",
            "I can see another customer's station in my dashboard.",
            "There is an exposed debug endpoint on api.fernhill.example.",
            "Login from IP {ip} that isn't me, please lock the account.",
            "Your webhook signatures can be replayed because there's no timestamp check.",
        ],
        "details": [
            "I haven't shared this publicly.",
            "I only tested with my own accounts.",
            "Happy to coordinate disclosure.",
            "Two people clicked the link.",
            "I've already changed my password.",
        ],
        "asks": [
            "Please investigate.",
            "Who should I send the details to?",
            "Can you check what they accessed?",
            "Please revoke it.",
            "Is there a bug bounty?",
        ],
        "shorts": [
            "security issue - who do i contact",
            "my account was hacked",
            "leaked api key, please revoke",
        ],
        "foreign": [
            "Hallo, jemand hat sich aus {country} in mein Konto eingeloggt. Bitte sperren.",
            "Bonjour, j'ai trouvé une faille de sécurité sur votre page de partage.",
            "Hola, recibimos un correo de phishing que se hace pasar por Fernhill.",
        ],
        "resolutions": [
            "Passed to security; fix deployed.",
            "Sessions revoked and key rotated.",
            "Phishing domain reported.",
            "Firmware update closed the port.",
            "Acknowledged researcher; coordinated disclosure.",
        ],
    },
    "outage": {
        "subjects": [
            "Is Fernhill down?",
            "Dashboard not loading",
            "No data since this morning",
            "API returning 503",
            "Alerts not arriving",
            "Webhooks stopped",
            "Service down?",
            "URGENT: outage",
            "Nothing loading",
            "Export service unavailable",
        ],
        "cores": [
            "None of our stations have reported since {time}.",
            "The dashboard shows 'Unable to load data' for everyone here.",
            "Every API call returns 503 since about {time}.",
            "We haven't received a single webhook since early this morning.",
            "Is the site down or is it just me?",
            "The app says all {station_count} stations are offline, but they're blinking green.",
            "Frost alert didn't arrive and the dashboard shows no data since {time}.",
            "Our nightly exports fail with 'service unavailable'.",
            "The whole fleet stopped uploading at {time} UTC.",
            "Alerts are arriving hours late today.",
            "Nothing loads, not the app and not the website.",
            "The status page says all green but nothing works.",
            "Graphs stopped updating around {time}.",
        ],
        "details": [
            "Stations show online locally.",
            "This is critical during a storm warning.",
            "We have a 99.9% SLA.",
            "Tried {browser} and the app.",
            "Our operations depend on it.",
            "It's been {n} hours.",
        ],
        "asks": [
            "ETA?",
            "What is going on?",
            "When will it be fixed?",
            "Please respond urgently.",
            "Will the missing data be backfilled?",
        ],
        "shorts": [
            "is fernhill down?",
            "dashboard down",
            "api 503s",
            "no data today??",
            "site not loading",
        ],
        "foreign": [
            "Das Dashboard ist seit einer Stunde nicht erreichbar. Gibt es eine Störung?",
            "Bonjour, plus aucune donnée depuis ce matin. Le service est-il en panne ?",
            "Desde esta mañana no llegan datos de ninguna estación. ¿Hay una caída del servicio?",
        ],
        "resolutions": [
            "Incident resolved; data backfilled.",
            "Database failover incident.",
            "Export service restored; jobs re-run.",
            "Webhook queue drained after fix.",
        ],
    },
    "complaint": {
        "subjects": [
            "Very disappointed",
            "Worst support ever",
            "Considering cancelling",
            "Complaint",
            "Unacceptable service",
            "We're switching providers",
            "Your reply was rude",
            "Waste of money",
            "Escalation please",
            "Fed up",
        ],
        "cores": [
            "I want to put on record how disappointed we are with your support.",
            "Three emails and no answer. I'm done.",
            "If this doesn't improve we'll move to {competitor} at renewal.",
            "Your reply told me to read the manual. That was rude.",
            "Honestly the station has been a waste of money.",
            "Every app update breaks something. Do you even test?",
            "This is the third failure this quarter; we will cancel unless things change.",
            "Our account manager hasn't replied in two weeks.",
            "Your docs are outdated and wasted my weekend.",
            "I've been waiting six days for an answer on a paid plan.",
            "The product was great, but your service has gone downhill.",
            "I'm tired of chasing you for basic answers.",
            "We've recommended you to others and now I regret it.",
        ],
        "details": [
            "We've been customers for {weeks} years.",
            "We pay for {paid_plan}.",
            "I've already told my friends to stay away.",
            "This cost us real money.",
            "Nobody takes responsibility.",
        ],
        "asks": [
            "Please escalate this.",
            "I want to speak to a manager.",
            "Give me a straight answer.",
            "I expect better.",
            "What are you going to do about it?",
        ],
        "shorts": [
            "worst support ever",
            "cancelling. done with this",
            "very disappointed",
            "still waiting, terrible service",
        ],
        "foreign": [
            "Je suis très déçue, personne ne m'a répondu pendant une semaine.",
            "Muy mal servicio. Dos semanas sin respuesta.",
            "Ich bin sehr enttäuscht von Ihrem Support. So geht das nicht.",
        ],
        "resolutions": [
            "Apologised; lead took ownership.",
            "Goodwill credit offered.",
            "Call with engineering arranged.",
            "Lost emails found and answered.",
        ],
    },
}

# Genuinely ambiguous requests: either label is defensible, and agents do disagree. Rows drawn
# from here carry the label of the class being generated.
AMBIGUOUS = [
    ("I was charged after cancelling and I'd like a refund.", {"billing-dispute", "refund-policy"}),
    (
        "The dashboard won't load for me since this morning, is it my login?",
        {"outage", "account-access"},
    ),
    (
        "Nobody answered about my missing parcel for a week. Terrible service.",
        {"complaint", "shipping-status"},
    ),
    (
        "Please delete my account and refund the rest of my annual plan.",
        {"data-deletion", "refund-exception"},
    ),
    (
        "Someone changed my alert settings and now I can't log in.",
        {"security-report", "account-access"},
    ),
    ("How much would SSO cost us, and how hard is it to set up?", {"pricing", "setup-help"}),
    (
        "My station stopped working after a month. Can I get my money back?",
        {"refund-policy", "setup-help"},
    ),
    (
        "We need a copy of all our data before we cancel, and then everything deleted.",
        {"data-deletion", "legal-compliance"},
    ),
    (
        "The alerts never came during the storm. We're thinking about leaving.",
        {"outage", "complaint"},
    ),
    ("Your invoice is wrong again and support never replies.", {"billing-dispute", "complaint"}),
    (
        "Is our data shared with third parties? Our lawyer is asking.",
        {"legal-compliance", "general"},
    ),
    (
        "The wind sensor arrived broken. When will the replacement ship?",
        {"shipping-status", "refund-policy"},
    ),
    (
        "I can't find where to change my plan, and the price page confuses me.",
        {"pricing", "setup-help"},
    ),
    (
        "Got a weird email asking me to log in again, is that you?",
        {"security-report", "account-access"},
    ),
    (
        "The refund you promised still isn't on my card after three weeks.",
        {"billing-dispute", "refund-policy"},
    ),
]
# Everyday synonyms applied at random, so the same request is not always worded the same way.
SYNONYMS = {
    "station": ["station", "device", "unit", "weather station"],
    "stations": ["stations", "devices", "units"],
    "order": ["order", "purchase"],
    "can't": ["can't", "cannot", "am unable to"],
    "doesn't": ["doesn't", "does not"],
    "please": ["please", "kindly"],
    "arrived": ["arrived", "turned up", "come"],
    "email": ["email", "e-mail", "mail"],
    "charged": ["charged", "billed"],
    "refund": ["refund", "reimbursement", "money back"],
    "account": ["account", "profile"],
    "delete": ["delete", "remove", "erase"],
    "dashboard": ["dashboard", "web app", "dashboards page"],
}
_SYNONYM_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in SYNONYMS) + r")\b")

# Classes whose customers shout more often than others.
ANGRY_SHARE = {
    "complaint": 0.5,
    "billing-dispute": 0.35,
    "outage": 0.35,
    "refund-exception": 0.2,
    "shipping-status": 0.12,
    "account-access": 0.1,
}


def _fill(template: str, rng: random.Random) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: SLOTS[m.group(1)](rng), template)


def _typos(text: str, rng: random.Random) -> str:
    """A couple of realistic slips: swapped letters, a dropped letter, lost apostrophes."""
    words = text.split(" ")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(words))
        word = words[i]
        if len(word) > 3 and word.isalpha():
            j = rng.randrange(1, len(word) - 2)
            if rng.random() < 0.5:
                word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
            else:
                word = word[:j] + word[j + 1 :]
            words[i] = word
    text = " ".join(words)
    if rng.random() < 0.5:
        text = text.replace("'", "")
    return text


def _row_text(label: str, rng: random.Random) -> tuple[str, str]:
    bank = CLASSES[label]
    subject = _fill(rng.choice(bank["subjects"]), rng)
    roll = rng.random()
    if roll < 0.05:
        return _fill(rng.choice(bank["foreign"]), rng), subject
    if roll < 0.17:
        text = _fill(rng.choice(bank["shorts"]), rng)
        return (_typos(text, rng) if rng.random() < 0.3 else text), subject

    ambiguous = [text for text, labels in AMBIGUOUS if label in labels]
    if roll < 0.20 and ambiguous:
        core = rng.choice(ambiguous)
    else:
        core = _SYNONYM_RE.sub(
            lambda m: rng.choice(SYNONYMS[m.group(1)]) if rng.random() < 0.35 else m.group(1),
            _fill(rng.choice(bank["cores"]), rng),
        )
    parts = [core]
    for detail in rng.sample(bank["details"], rng.choice([0, 0, 1, 1, 1, 2])):
        parts.append(_fill(detail, rng))
    if rng.random() < 0.7:
        parts.append(_fill(rng.choice(bank["asks"]), rng))
    if rng.random() < 0.05:
        # A secondary concern from another class: the label stays the main concern.
        other = rng.choice([c for c in CLASSES if c != label])
        aside = _fill(rng.choice(CLASSES[other]["cores"]), rng)
        parts.append("Also, " + aside[0].lower() + aside[1:])
    angry = rng.random() < ANGRY_SHARE.get(label, 0.05)
    if angry:
        parts.insert(0, rng.choice(ANGRY_OPENERS))
        parts.append(rng.choice(ANGRY_CLOSERS))
    if len(parts) > 2 and rng.random() < 0.25:
        # Details before the request, as people often write.
        middle = parts[1:-1]
        rng.shuffle(middle)
        parts[1:-1] = middle
    body = " ".join(parts)
    if angry and rng.random() < 0.3:
        body = body.upper()
    elif rng.random() < 0.08:
        body = body.lower()
    if rng.random() < 0.12:
        body = _typos(body, rng)
    greeting = rng.choice(GREETINGS)
    signoff = rng.choice(SIGNOFFS)
    name = rng.choice(NAMES_FIRST) if signoff and rng.random() < 0.6 else ""
    pieces = [greeting, body, "\n".join(p for p in (signoff, name) if p)]
    separator = "\n\n" if rng.random() < 0.5 else " "
    return separator.join(p for p in pieces if p).strip(), subject


def history_rows(seed: int = SEED) -> list[dict[str, str]]:
    """All rows, deterministic for a seed; texts are unique."""
    rng = random.Random(seed)
    start = dt.datetime(2025, 1, 6, tzinfo=dt.UTC)
    rows, seen = [], set()
    for label, count in ROWS_PER_CLASS.items():
        made = 0
        while made < count:
            text, subject = _row_text(label, rng)
            if text.lower() in seen:
                continue
            seen.add(text.lower())
            first, last = rng.choice(NAMES_FIRST), rng.choice(NAMES_LAST)
            email = (
                f"{first}.{last}{rng.choice(['', '', str(rng.randint(1, 99))])}@"
                f"{rng.choice(DOMAINS)}".lower()
            )
            created = start + dt.timedelta(minutes=rng.randrange(0, 300 * 24 * 60))
            resolution = rng.choice(CLASSES[label]["resolutions"]) if rng.random() < 0.8 else ""
            rows.append(
                {
                    "text": text,
                    "label": label,
                    "subject": subject,
                    "customer_email": email,
                    "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "resolution": resolution,
                }
            )
            made += 1
    rng.shuffle(rows)
    rows.sort(key=lambda r: r["created_at"])
    return rows


def history_csv(seed: int = SEED) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer,
        fieldnames=["text", "label", "subject", "customer_email", "created_at", "resolution"],
        lineterminator="\n",
    )
    writer.writeheader()
    writer.writerows(history_rows(seed))
    return buffer.getvalue()


if __name__ == "__main__":
    content = history_csv()
    OUT.write_text(content, encoding="utf-8")
    sys.stdout.write(f"wrote {OUT} ({content.count(chr(10)) - 1} lines incl. multi-line texts)\n")

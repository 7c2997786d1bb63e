"""A tiny hand-made history for Fernhill Instruments (our own words), shared by the classifier
tests. Four team labels, two low-risk and two high-risk through the label map."""

import csv
import json
from pathlib import Path

HISTORY = {
    "delivery": [
        "Where is my weather station parcel, the tracking number shows nothing",
        "My order has not arrived yet, when will the courier deliver it",
        "The delivery date for my station keeps moving, where is the package",
        "Tracking says the parcel is stuck in the depot for a week",
        "Has my order shipped? I have no tracking email",
        "The courier left no card and the package is not here",
    ],
    "login": [
        "I cannot log in to Fernhill Cloud, the password reset email never comes",
        "Locked out of my dashboard account after too many password attempts",
        "The two-factor code is rejected when I sign in",
        "How do I reset my password, the login page says invalid credentials",
        "My sign in fails with an error about my account being locked",
        "I lost my phone with the authenticator app and cannot log in",
    ],
    "chargeback": [
        "You charged my card twice for the Business plan this month, I dispute it",
        "There is a charge on my statement I never authorised, refund it or I call my bank",
        "I was billed after I cancelled, I am filing a chargeback",
        "Dispute: the invoice amount is wrong and my bank shows a double charge",
        "Why was my credit card charged again, I want this charge reversed",
        "Unauthorised charge from Fernhill on my card statement",
    ],
    "breach": [
        "I found a vulnerability in your API that exposes other users' station data",
        "Someone accessed my account from another country, I think it was hacked",
        "Security report: the dashboard leaks session tokens in the URL",
        "My API key was compromised and someone is reading my sensor data",
        "I want to report a security hole in the Fernhill Cloud login",
        "Suspicious access to my account, strangers changed my alert settings",
    ],
}

LABEL_MAP = {
    "labels": {
        "delivery": "shipping-status",
        "login": "account-access",
        "chargeback": "billing-dispute",
        "breach": "security-report",
    }
}


def history_write(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        for label, texts in HISTORY.items():
            for text in texts:
                writer.writerow([text, label])
    return path


def label_map_write(path: Path, mapping: dict | None = None) -> Path:
    path.write_text(json.dumps(mapping or LABEL_MAP), encoding="utf-8")
    return path

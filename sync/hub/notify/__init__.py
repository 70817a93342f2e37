"""The citizen's own e-housekeeper (issue 24), hub side: news from decisions and due dates
(news.py), composed into messages under quiet hours and a daily cap (compose.py), sent over SMTP
and an SMS gateway (channels.py, sender.py), and a calendar feed per subscription (calendar.py)."""

"""The citizen's own subscriptions: news about their applications and reminders of their
household's due dates, by SMS, e-mail or a calendar feed, on a notice of their own."""

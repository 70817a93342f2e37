"""The named states of applications, submitted revisions, outbox items and households' sync
bookkeeping, one module per state machine with the moves it allows. Values are the strings the
store and the hub protocol have always used."""

"""`python -m sync.hub.delivery.batch_file`: print the batch files' column tables (the end of
resources/agencies/README.md)."""

from sync.hub.delivery.batch_file.columns import document

print(document(), end="")

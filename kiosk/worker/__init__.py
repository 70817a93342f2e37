"""The app's worker process: heavy work (sync cycles, the store-wide rules scan) runs there, so the
window's event loop never shares a GIL with it. `messages` is what travels over its pipes."""

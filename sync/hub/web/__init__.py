"""The hub's pages for citizens: server-rendered (Jinja2), plain CSS, no JavaScript.

`pages` holds what every page shares (language, text size and contrast preferences, the base
template, safe headers); `status` is the application status page."""

"""The Jinja2 environment of plan6's HTML: templates shipped in ``plan6/rendering/templates``
(the report's page is ``report.html.j2``, its style sheet ```report.css```), autoescaped, so
every value the data brings is escaped and only markup plan6 builds itself (inline SVG) is
marked safe.

A user changes the page by copying ``report.html.j2`` into a folder of their own and passing
that folder as ``templates=`` to :func:`plan6.report.render_html`; templates not found there
come from plan6.

>>> from plan6.rendering.templating import render
>>> render("cell.html.j2", text="<b>426人</b>", css="num")
'<td class="num">&lt;b&gt;426人&lt;/b&gt;</td>'
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined
from markupsafe import Markup

__all__ = ["Markup", "environment", "render"]


@lru_cache(maxsize=8)
def environment(templates: str | None = None) -> Environment:
    """The environment: a user's template folder first (when given), then plan6's own.

    >>> environment().autoescape
    True
    """
    loaders: list[Any] = [PackageLoader("plan6.rendering", "templates")]
    if templates is not None:
        folder = Path(templates)
        if not folder.is_dir():
            raise ValueError(f"templates must be a folder of Jinja2 templates, not {templates!r}")
        loaders.insert(0, FileSystemLoader(str(folder)))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=True,
        undefined=StrictUndefined,  # a misspelt name in a template is an error, not ""
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["wbr"] = Markup("<wbr>")  # where a heading may break: between its phrases
    return env


def render(name: str, templates: str | Path | None = None, **context: Any) -> str:
    """Render the template `name` with `context`.

    >>> render("cell.html.j2", text="3*", css="")
    '<td>3*</td>'
    """
    folder = None if templates is None else str(templates)
    return environment(folder).get_template(name).render(**context).rstrip("\n")

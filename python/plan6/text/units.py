"""Units of quantitative facts: canonical English names and how the report writes them.

>>> from plan6.text.units import display_unit
>>> display_unit("yen", "万円"), display_unit("persons", "名")
('円', '名')
"""

from __future__ import annotations

__all__ = ["UNIT_SUFFIX", "display_unit"]

#: The Japanese counter word written after a number in each canonical unit.
UNIT_SUFFIX: dict[str, str] = {
    "persons": "人",
    "cases": "件",
    "yen": "円",
    "times": "回",
    "organisations": "団体",
    "booths": "ブース",
    "companies": "社",
    "institutions": "機関",
    "percent": "％",
    "countries": "か国",
    "places": "か所",
    "schools": "校",
    "stores": "店舗",
    "products": "品",
    "districts": "地区",
    "departments": "学科",
    "courses": "コース",
    "shopping_streets": "商店街",
    "cities": "都市",
    "pages": "ページ",
    "wards": "区",
    "municipalities": "市町村",
    "households": "世帯",
    "teams": "チーム",
    "groups": "グループ",
    "lectures": "講座",
    "categories": "区分",
    "facilities": "施設",
    "projects": "事業",
    "units": "台",
    "sheets": "枚",
    "volumes": "冊",
    "copies": "部",
    "items": "個",
    "kinds": "種類",
    "buildings": "棟",
    "installations": "基",
    "years_of_age": "歳",
    "multiples": "倍",
    "percentage_points": "ポイント",
    "times_per_month": "回/月",
    "hectares": "ha",
    "square_metres": "㎡",
    "kilometres": "km",
    "kilograms": "kg",
    "tonnes": "t",
    "kilowatts": "kW",
    "kilowatt_hours": "kWh",
    "hours": "時間",
    "minutes": "分",
    "days": "日",
    "weeks": "週間",
    "months": "か月",
    "years": "年",
    "pieces": "本",
    "routes": "路線",
    "lines": "系統",
    "services": "便",
    "vessels": "隻",
    "lots": "区画",
    "rooms": "室",
    "beds": "床",
    "head": "頭",
    "animals": "匹",
    "garments": "着",
    "plants": "株",
    "nurseries": "園",
    "halls": "館",
    "hospitals": "病院",
    "person_days": "人日",
    "persons_per_day": "人/日",
}


def display_unit(unit: str, unit_ja: str = "") -> str:
    """The suffix to print after a value in base units.

    The report's own counter word is kept (名 stays 名) unless it carries a scale (万円, 億円),
    which a value in base units no longer has.

    >>> display_unit("yen", "億円"), display_unit("countries", "")
    ('円', 'か国')
    """
    if unit == "yen":
        return "円"
    if unit == "percent":
        return "％"
    if unit_ja and not unit_ja.startswith(("万", "億", "兆", "千")):
        return unit_ja
    return UNIT_SUFFIX.get(unit, unit)

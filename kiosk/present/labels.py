"""Texts in the visitor's language: translations, date labels and the UI's own words."""

from __future__ import annotations

from kiosk.content.dates import PartialDate

Text = dict[str, str]

_MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip

UI: dict[str, Text] = {
    "home": {"zh": "首页", "en": "Home"},
    "back": {"zh": "返回", "en": "Back"},
    "timeline": {"zh": "大事记", "en": "Timeline"},
    "timelineHint": {"zh": "按时间回顾全年大事", "en": "The year's events, month by month"},
    "stats": {"zh": "数说", "en": "In Figures"},
    "statsHint": {"zh": "用数字读懂这一年", "en": "The year told in numbers"},
    "explore": {"zh": "触摸屏幕 开始探索", "en": "Touch to explore"},
    "stories": {"zh": "篇报道", "en": "stories"},
    "story": {"zh": "篇报道", "en": "story"},
    "figure": {"zh": "项数据", "en": "figure"},
    "event": {"zh": "件大事", "en": "event"},
    "all": {"zh": "全部", "en": "All"},
    "events": {"zh": "大事", "en": "Events"},
    "figures": {"zh": "数据", "en": "Figures"},
    "asOf": {"zh": "截至", "en": "As of"},
    "source": {"zh": "来源", "en": "Source"},
    "openSection": {"zh": "查看板块", "en": "Open section"},
    "jumpToMonth": {"zh": "跳转月份", "en": "Go to month"},
    "resetIn": {"zh": "即将返回首页", "en": "Returning to the start in"},
    "stay": {"zh": "继续浏览", "en": "Keep exploring"},
    "seconds": {"zh": "秒", "en": "s"},
    "unavailable": {"zh": "展项暂时不可用", "en": "Temporarily unavailable"},
    "unavailableHint": {
        "zh": "工作人员正在处理，请稍后再来。",
        "en": "Our staff are on it. Please come back soon.",
    },
    "chooseHall": {"zh": "请选择展厅", "en": "Choose a hall"},
    "halls": {"zh": "展厅", "en": "Halls"},
    "previous": {"zh": "上一板块", "en": "Previous"},
    "next": {"zh": "下一板块", "en": "Next"},
    "swipeHint": {"zh": "左右滑动切换板块", "en": "Swipe to change section"},
    "photo": {"zh": "图片", "en": "Photo"},
    "close": {"zh": "关闭", "en": "Close"},
    "language": {"zh": "English", "en": "中文"},
    "credits": {"zh": "撰文", "en": "Text"},
}


def tr(text: Text | None, lang: str) -> str:
    """The text in lang (content normalisation guarantees every hall language is present)."""
    if not text:
        return ""
    return text.get(lang) or next(iter(text.values()))


def count_unit(count: int, singular: str, plural: str, lang: str) -> str:
    """The word after a count: '篇报道', 'story' or 'stories'."""
    return tr(UI[singular if count == 1 else plural], lang)


def title_lines(title: str) -> list[str]:
    """A title split where its author put spaces (so QML can break lines there)."""
    return [part for part in title.split(" ") if part] or [title]


def ui_strings(lang: str) -> dict[str, str]:
    """The UI's own words in lang."""
    return {key: tr(text, lang) for key, text in UI.items()}


def date_label(date: PartialDate | None, end: PartialDate | None, lang: str) -> str:
    """'2023年5月12日' / '12 May 2023', ranges joined sensibly, partial dates kept partial."""
    if date is None:
        return ""
    if end is None or end == date:
        return _single(date, lang)
    same_month = (date.year, date.month) == (end.year, end.month) and date.day and end.day
    if lang == "zh":
        if same_month:
            return f"{_single(date, lang)}至{end.day}日"
        if date.year == end.year and end.month:
            return f"{_single(date, lang)}至{_single(end, lang).removeprefix(f'{end.year}年')}"
        return f"{_single(date, lang)}至{_single(end, lang)}"
    if same_month:
        return f"{date.day}–{end.day} {_MONTHS_EN[(date.month or 1) - 1]} {date.year}"
    if date.year == end.year:
        return f"{_single(date, lang).removesuffix(f' {date.year}')} – {_single(end, lang)}"
    return f"{_single(date, lang)} – {_single(end, lang)}"


def _single(date: PartialDate, lang: str) -> str:
    if lang == "zh":
        text = f"{date.year}年"
        if date.month:
            text += f"{date.month}月"
        if date.day:
            text += f"{date.day}日"
        return text
    if date.month is None:
        return str(date.year)
    month = _MONTHS_EN[date.month - 1]
    return f"{date.day} {month} {date.year}" if date.day else f"{month} {date.year}"


def month_label(month: int, lang: str, *, short: bool = True) -> str:
    """'5月'; in English 'Jun' (short) or 'June'."""
    if lang == "zh":
        return f"{month}月"
    name = _MONTHS_EN[month - 1]
    return name[:3] if short else name

"""The content guide's tables of messages: what `kiosk validate` prints for each mistake.

    python scripts/message_table.py           rewrite the tables in docs/content-guide.md
    python scripts/message_table.py --check   exit 1 if the guide's tables are not current

Every row is one deliberate mistake in a small example hall, and the message is what validate
really prints for it, in the guide's language: the tables never drift from the kiosk.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "content-guide.md"
sys.path.insert(0, str(ROOT))

EXAMPLE = """\
id: example-hall
title: {zh: 示例展厅, en: Example hall}
languages: [zh, en]
theme:
  accent: "#C9A227"
sections:
  - id: projects
    title: {zh: 项目建设, en: Project Construction}
    accent: "#A33A2E"
    cover: images/projects/cover.jpg
    stories:
      - id: komatsu-greatwall
        headline:
          zh: 小松与长城重工项目
          en: The Komatsu and Great Wall projects
        date: 2023-05-12
        body:
          - zh: 正文第一段。
            en: The first paragraph.
        images:
          - file: images/projects/komatsu-greatwall.jpg
            caption: {zh: 示意图, en: Illustration}
        stats:
          - komatsu-firms
events:
  - id: shanghai-trip
    date: 2023-09-04
    end: 2023-09-05
    headline: {zh: 赴上海招商, en: Investment mission to Shanghai}
    section: projects
stats:
  - id: komatsu-firms
    label: {zh: 外协配套企业, en: Supplier companies}
    value: 9
    unit: {zh: 家, en: companies}
    section: projects
"""
PICTURES = ("images/projects/cover.jpg", "images/projects/komatsu-greatwall.jpg")
HEADLINE = "        headline:\n          zh: 小松与长城重工项目\n          en: The Komatsu and Great Wall projects\n"
PICTURE = "file: images/projects/komatsu-greatwall.jpg"
STATS = "        stats:\n          - komatsu-firms\n"
SRT = "1\n00:00:01,000 --> 00:00:04,000\n项目建设\n"
FILES = {  # beside the pictures: a film's files (validate opens the film itself; load_hall not)
    "films/komatsu.mp4": b"\x00\x00\x00\x18ftypmp42",
    "films/komatsu.zh.srt": SRT.encode(),
    "films/backwards.srt": SRT.replace("00:00:04,000", "00:00:00,500").encode(),
    "films/gbk.srt": SRT.encode("gbk"),
    "films/typo.srt": SRT.replace("00:00:01,000", "00:00:1,000").encode(),
}


def _film(subtitles: str = "films/komatsu.zh.srt", file: str = "films/komatsu.mp4") -> str:
    """The story's stats with a film before them."""
    return (
        f"        videos:\n          - file: {file}\n            subtitles: {{zh: {subtitles}}}\n"
        + STATS
    )


@dataclass(frozen=True)
class Case:
    """One mistake: how the guide names it and its fix, in Chinese and English, and the edit."""

    zh: str
    en: str
    old: str
    new: (
        str | Callable[[str], bytes | None]
    )  # the text to put in; or the file's bytes (None: no file)
    fix_zh: str
    fix_en: str


def _headline(value: str) -> str:
    return f"        headline: {value}\n"


TABLES: dict[str, list[Case]] = {
    "texts": [
        Case("标题写成 `NO`", "headline `NO`", HEADLINE, _headline("NO"),
             "`NO` 被读成“否”：写成 `'NO'`；`yes`、`on`、`off` 同理",
             "read as “no”: write `'NO'`; the same for `yes`, `on`, `off`"),
        Case("说明写成 `yes`", "caption `yes`", "{zh: 示意图, en: Illustration}",
             "{zh: 示意图, en: yes}", "写成 `'yes'`", "write `'yes'`"),
        Case("标题写成 `3.10`", "headline `3.10`", HEADLINE, _headline("3.10"),
             "被读成数字：写成 `'3.10'`", "read as a number: write `'3.10'`"),
        Case("标题为空", "empty headline", HEADLINE, _headline("''"), "填上文字", "write the text"),
        Case("某种语言的文字为空", "an empty translation", "en: The Komatsu and Great Wall projects",
             "en: ''", "写上译文，或删掉这一行（显示另一种语言的文字）",
             "write it, or delete the line to show the other language"),
        Case("标题写成 `~`", "headline `~`", HEADLINE, _headline("~"), "填上文字", "write the text"),
        Case("缺少英文（提醒）", "no English (warning)", "{zh: 项目建设, en: Project Construction}",
             "{zh: 项目建设}", "补上 `en:`；不补则英文界面显示中文",
             "add `en:`; otherwise English visitors see the Chinese"),
        Case("展厅没有的语言", "a language the hall lacks",
             "en: The Komatsu and Great Wall projects", "fr: Les projets Komatsu",
             "删掉，或在 `languages:` 加上该语言（需要有它的界面译文）",
             "delete it, or add the language to `languages:` (it needs a catalog)"),
        Case("文字里像 HTML 的标记（提醒）", "HTML-like markup in a text (warning)",
             "zh: 正文第一段。", "zh: <b>正文</b>第一段。",
             "展项按原样显示文字，不会加粗：删掉标记", "shown as written, never bold: delete the tags"),
        Case("中文里用了半角标点（提醒）", "half-width punctuation in Chinese (warning)",
             "zh: 正文第一段。", "zh: 正文,第一段。", "改用全角标点 `，`",
             "use the full-width `，`"),
        Case("数字加了引号", "a number in quotes", "value: 9", "value: '9'", "去掉引号",
             "remove the quotes"),
        Case("数字带单位", "a number with its unit", "value: 9", "value: 5万",
             "数字单独写，单位写在 `unit:`", "the number alone; the unit goes in `unit:`"),
        Case("数字带千位分隔符", "a thousands separator", "value: 9", "value: 50,000",
             "写成 `50000`", "write `50000`"),
        Case("科学计数法", "scientific notation", "value: 9", "value: 5e4", "写成 `50000`",
             "write `50000`"),
        Case("`.nan`、`.inf`", "`.nan`, `.inf`", "value: 9", "value: .nan", "写真实的数字",
             "write the real figure"),
        Case("数字太大", "too large a number", "value: 9", "value: 1234567890123456",
             "最多 15 位整数；用 `unit:`（如“亿”）", "at most 15 digits; use `unit:` (e.g. billion)"),
        Case("数字没填", "no number", "value: 9", "value:", "填上数字", "write the number"),
        Case("小数位超过 6", "more than 6 decimals", "value: 9", "value: 9\n    decimals: 7",
             "`decimals` 只能是 0–6 的整数", "`decimals` is a whole number from 0 to 6"),
        Case("同时写了 `as_of` 和 `period`", "both `as_of` and `period`", "value: 9",
             "value: 9\n    as_of: 2023-12\n    period: 2023",
             "某天的数字写 `as_of`，全年的数字写 `period`", "a day's figure: `as_of`; a year's: `period`"),
        Case("名次为 0", "a rank of 0", "value: 9", "value: 0\n    kind: rank",
             "名次从 1 开始", "ranks start at 1"),
        Case("id 用了大写或下划线", "an id with capitals or `_`", "- id: komatsu-greatwall",
             "- id: Komatsu_Greatwall", "改成 `komatsu-greatwall`", "write `komatsu-greatwall`"),
    ],
    "dates": [
        Case("日期不存在", "a date not in the calendar", "date: 2023-05-12", "date: 2023-02-30",
             "改成真实日期", "a real date"),
        Case("用了点、斜杠或中文", "dots, slashes or Chinese", "date: 2023-05-12",
             "date: 2023.5.12", "写成 `2023-05-12`", "write `2023-05-12`"),
        Case("结束早于开始", "ends before it starts", "end: 2023-09-05", "end: 2023-09-03",
             "检查 `date` 和 `end` 是否写反", "check whether `date` and `end` are swapped"),
        Case("`within` 写错", "`within` misspelt", "    end: 2023-09-05\n",
             "    within: end\n", "只能写小写的 `early`、`mid` 或 `late`",
             "`early`, `mid` or `late`, in lower case"),
        Case("`within` 配了精确到日的日期", "`within` on a day", "    end: 2023-09-05\n",
             "    within: late\n", "日期只写到月（`2023-09`），或删掉 `within`",
             "write the month only (`2023-09`), or remove `within`"),
        Case("`within` 和 `end` 同时写", "`within` with `end`", "    date: 2023-09-04\n",
             "    date: 2023-09\n    within: early\n", "只留一个", "keep one of them"),
    ],
    "fields": [
        Case("缺少必填字段", "a required field missing", '    accent: "#A33A2E"\n', "",
             "补上该字段（这里是板块颜色）", "add it (here: the section's colour)"),
        Case("字段名拼错", "a misspelt field", "caption: {zh", "captoin: {zh", "按提示改正",
             "as suggested"),
        Case("同一字段写了两次", "a field given twice", "date: 2023-05-12",
             "date: 2023-05-12\n        date: 2023-05-13", "删掉其中一个", "delete one"),
        Case("id 重复", "a duplicate id", "events:\n",
             "events:\n  - {id: shanghai-trip, date: 2023-09, headline: 招商, section: projects}\n",
             "换一个不重复的 id", "choose another id"),
        Case("引用了不存在的 id", "an unknown id", "- komatsu-firms", "- komatsu-firm",
             "按提示改正，或先建好那张数据卡", "as suggested, or add the card first"),
        Case("板块 id 写错", "an unknown section", "    section: projects\nstats:",
             "    section: project\nstats:", "改成已有的板块 id", "a section id that exists"),
        Case("正文是空列表", "an empty body", "          - zh: 正文第一段。\n            en: The first paragraph.\n",
             "", "至少写一段", "write at least one paragraph"),
        Case("该写列表的地方写了一句话", "text where a list belongs",
             "          - zh: 正文第一段。\n            en: The first paragraph.\n",
             "          正文第一段。\n", "每段前面加 `- `", "start each paragraph with `- `"),
    ],
    "colours": [
        Case("少一位", "a digit short", '"#A33A2E"', '"#A33A2"', "`#` 加 6 位",
             "`#` and six digits"),
        Case("没加引号", "no quotes", '"#A33A2E"', "#A33A2E",
             "`#` 后面被当成注释：写成 `\"#A33A2E\"`", "`#` starts a comment: write `\"#A33A2E\"`"),
        Case("写颜色名称", "a colour name", '"#A33A2E"', "red", "用 `\"#RRGGBB\"`",
             "use `\"#RRGGBB\"`"),
    ],
    "pictures": [
        Case("文件名写错", "a misspelt file name", PICTURE,
             "file: images/projects/komatsu-great-wall.jpg", "按提示改正", "as suggested"),
        Case("扩展名大小写不一致", "the extension's case", PICTURE,
             "file: images/projects/komatsu-greatwall.JPG", "大小写要完全一致",
             "the case must match exactly"),
        Case("文件夹名写错", "a wrong folder", PICTURE, "file: images/project/komatsu-greatwall.jpg",
             "只在同一文件夹里找相近的名字：请核对文件夹", "close names are only sought in the same folder: check it"),
        Case("绝对路径", "an absolute path", PICTURE, "file: /home/staff/Pictures/komatsu.jpg",
             "把图片复制进展厅文件夹，写相对路径", "copy the picture into the hall folder"),
        Case("使用 `..`", "`..` in the path", PICTURE, "file: ../photos/komatsu.jpg",
             "图片必须放在展厅文件夹里面", "pictures stay inside the hall folder"),
        Case("网址", "a URL", PICTURE, "file: https://example.com/komatsu.jpg",
             "下载下来放进文件夹", "download it into the folder"),
        Case("反斜杠", "backslashes", PICTURE, "file: images\\projects\\komatsu-greatwall.jpg",
             "用 `/`", "use `/`"),
    ],
    "videos": [
        Case("视频文件名写错", "a misspelt film", STATS, _film(file="films/komatsu.mp5"),
             "按文件夹里的文件名改正", "write the name as in the folder"),
        Case("字幕结束早于开始", "a cue ending before it starts", STATS, _film("films/backwards.srt"),
             "改正该行的时间", "correct the times on that line"),
        Case("字幕不是 UTF-8", "subtitles not in UTF-8", STATS, _film("films/gbk.srt"),
             "另存为 UTF-8 编码", "save it as UTF-8"),
        Case("字幕时间少一位", "a time a digit short", STATS, _film("films/typo.srt"),
             "时、分、秒各两位", "two digits each for hours, minutes and seconds"),
        Case("字幕格式不对", "another subtitle format", STATS, _film("films/komatsu.ass"),
             "转成 .vtt 或 .srt", "convert it to .vtt or .srt"),
    ],
    "syntax": [
        Case("用 Tab 缩进", "a tab as indentation", "    title: {zh: 项目",
             "\ttitle: {zh: 项目", "改用空格", "indent with spaces"),
        Case("冒号后用了 Tab", "a tab after a colon", "value: 9", "value:\t9",
             "冒号后用一个空格", "one space after the colon"),
        Case("中文冒号 `：`", "a full-width colon `：`", "zh: 小松与长城重工项目", "zh：小松与长城重工项目",
             "切换到半角标点，重新输入 `:`", "switch to half-width punctuation and type `:`"),
        Case("全角空格缩进", "full-width spaces as indentation", "    title: {zh: 项目",
             "\u3000\u3000title: {zh: 项目", "删掉全角空格，用半角空格缩进",
             "delete them; indent with ordinary spaces"),
        Case("列表里用了中文逗号 `，`", "a full-width comma `，` in a list", "languages: [zh, en]",
             "languages: [zh，en]", "用英文逗号 `,`", "use the ASCII comma `,`"),
        Case("中文引号 `“”` 当作引号", "full-width quotes `“”` as quotes", HEADLINE,
             _headline("“项目: 小松”"), "用英文引号 `\"`", "use ASCII quotes `\"`"),
        Case("文字里有“冒号+空格”", "a colon and a space in a text", "zh: 正文第一段。",
             "zh: 正文: 第一段。", "整句加引号", "quote the whole text"),
        Case("引号没有配对", "an unclosed quote", "zh: 正文第一段。", 'zh: "正文第一段。',
             "补上结尾的引号；错误可能报告在更后面", "close it; the error may be reported further down"),
        Case("文字以 `*` 开头", "a text starting with `*`", HEADLINE, _headline("*重点*项目"),
             "整句加引号", "quote the whole text"),
        Case("文字以 `[` 开头", "a text starting with `[`", HEADLINE, _headline("[新] 项目"),
             "整句加引号", "quote the whole text"),
        Case("使用锚点 `&`", "an anchor `&`", "- id: komatsu-firms", "- &f id: komatsu-firms",
             "每个值完整写出", "write each value out"),
        Case("文件不是 UTF-8", "not UTF-8 (saved as GBK)", "", lambda text: text.encode("gbk"),
             "另存为 UTF-8 编码", "save it as UTF-8"),
        Case("文件是空的", "an empty file", "", lambda text: b"", "检查是否保存了正确的文件",
             "check you saved the right file"),
        Case("文件超过 2 MB", "over 2 MB", "", lambda text: text.encode() + b"#" * 2_200_000,
             "一般是误粘贴了大量内容；图片不要写进文件", "usually a mistaken paste; pictures never go in the file"),
        Case("文件夹里没有 hall.yaml", "no hall.yaml in the folder", "", lambda text: None,
             "检查文件夹和文件名", "check the folder and the file name"),
    ],
}  # fmt: skip


def messages(case: Case, lang: str) -> list[str]:
    """What `kiosk validate` prints for the case, in lang (one line per finding)."""
    from PIL import Image

    from kiosk.content import load_hall
    from kiosk.i18n import set_staff_language, staff_language

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "hall"
        for picture in PICTURES:
            (folder / picture).parent.mkdir(parents=True, exist_ok=True)
            Image.new("RGB", (64, 36), "#336699").save(folder / picture)
        for name, content in FILES.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(content)
        if callable(case.new):
            data = case.new(EXAMPLE)
        else:
            assert case.old in EXAMPLE, case.old
            data = EXAMPLE.replace(case.old, case.new, 1).encode()
        if data is not None:
            (folder / "hall.yaml").write_bytes(data)
        before = staff_language()
        set_staff_language(lang)
        try:
            result = load_hall(folder)
        finally:
            set_staff_language(before)
        found = [str(f).replace(str(folder), "…") for f in result.findings]
    return found


def _cell(text: str) -> str:
    """Text as one Markdown table cell of code."""
    text = text.replace("|", "\\|")
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def table(name: str, lang: str) -> str:
    """The Markdown table of one group of cases in lang."""
    head = (
        "| 情况 | `kiosk validate` 的输出 | 改法 |\n| --- | --- | --- |\n"
        if lang == "zh"
        else "| Case | `kiosk validate` prints | Fix |\n| --- | --- | --- |\n"
    )
    rows = []
    for case in TABLES[name]:
        found = messages(case, lang)
        assert found, f"{case.en}: validate found nothing"
        label, fix = (case.zh, case.fix_zh) if lang == "zh" else (case.en, case.fix_en)
        rows.append(f"| {label} | {'<br>'.join(_cell(m) for m in found)} | {fix} |\n")
    return head + "".join(rows)


MARK = re.compile(r"(<!-- messages:(\w+):(\w+) -->\n).*?(<!-- /messages -->)", re.DOTALL)


def current(guide: str) -> str:
    """The guide with every marked table made from what validate prints now."""
    return MARK.sub(lambda m: m[1] + table(m[3], m[2]) + m[4], guide)


def main(argv: list[str] | None = None) -> int:
    """Rewrite the guide's tables, or check that they are current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the tables are stale")
    args = parser.parse_args(argv)
    guide = GUIDE.read_text(encoding="utf-8")
    made = current(guide)
    if args.check:
        if made != guide:
            print(
                "docs/content-guide.md: the message tables are stale; run scripts/message_table.py"
            )
            return 1
        return 0
    GUIDE.write_text(made, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Curated motif per picture for the bundled halls; pictures not listed fall back to keyword matching."""

from __future__ import annotations

# hall id -> picture path -> motif name (see motifs.MOTIFS). Chosen by reading each story.
PLANS: dict[str, dict[str, str]] = {
    "jining-hitech-2023": {
        "images/projects/cover.jpg": "factory",
        "images/projects/komatsu-greatwall.jpg": "machinery-base",
        "images/projects/shanghai-qingdao.jpg": "two-cities",
        "images/projects/city-project-meetings.jpg": "construction",
        "images/projects/shandong-heavy.jpg": "mining-workshop",
        "images/projects/five-ones.jpg": "schedule",
        "images/industry/cover.jpg": "excavator",
        "images/industry/champions-conference.jpg": "expo",
        "images/industry/h1-evaluation.jpg": "review-first",
        "images/industry/h2-evaluation.jpg": "review-second",
        "images/city/cover.jpg": "riverside",
        "images/city/haichuan-bridge.jpg": "swing-bridge",
        "images/city/xingfu-river-park.jpg": "river-park",
        "images/city/chrysanthemum-show.jpg": "flower-show",
        "images/business/cover.jpg": "nodes",
        "images/business/e-licence.jpg": "e-licence",
        "images/business/gaoxingban.jpg": "servicehall",
        "images/business/one-matter.jpg": "one-window",
        "images/business/enterprise-platform.jpg": "platform-grid",
        "images/livelihood/cover.jpg": "community",
        "images/livelihood/employment.jpg": "jobfair",
        "images/livelihood/smart-elderly-care.jpg": "elderly",
        "images/livelihood/childcare.jpg": "childcare",
        "images/livelihood/experimental-school.jpg": "school",
    },
}

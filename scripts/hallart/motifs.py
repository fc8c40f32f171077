"""The motif registry and how a picture is matched to a motif."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from .aircraft import motif_aircraft
from .awards import motif_podium, motif_review_first, motif_review_second
from .bridges import motif_bridge, motif_swing_bridge
from .canvas import Scene
from .city import motif_riverside, motif_signing, motif_two_cities
from .civic import motif_childcare, motif_school, motif_servicehall
from .community import motif_community, motif_elderly, motif_jobfair
from .construction import motif_bulldozer, motif_construction, motif_excavator, motif_schedule
from .expo import motif_expo
from .hall import Job
from .industry import motif_factory, motif_machinery_base, motif_mining_workshop, motif_workshop
from .parks import motif_chrysanthemum, motif_flower_show, motif_park, motif_river_park
from .phones import motif_e_licence, motif_one_window, motif_smartphone
from .plan import PLANS
from .platforms import motif_nodes, motif_platform_grid

MOTIFS: dict[str, Callable[[Scene], None]] = {
    "factory": motif_factory,
    "machinery-base": motif_machinery_base,
    "signing": motif_signing,
    "two-cities": motif_two_cities,
    "excavator": motif_excavator,
    "aircraft": motif_aircraft,
    "podium": motif_podium,
    "review-first": motif_review_first,
    "review-second": motif_review_second,
    "bridge": motif_bridge,
    "swing-bridge": motif_swing_bridge,
    "park": motif_park,
    "river-park": motif_river_park,
    "chrysanthemum": motif_chrysanthemum,
    "flower-show": motif_flower_show,
    "smartphone": motif_smartphone,
    "e-licence": motif_e_licence,
    "one-window": motif_one_window,
    "nodes": motif_nodes,
    "platform-grid": motif_platform_grid,
    "community": motif_community,
    "elderly": motif_elderly,
    "childcare": motif_childcare,
    "school": motif_school,
    "construction": motif_construction,
    "schedule": motif_schedule,
    "workshop": motif_workshop,
    "mining-workshop": motif_mining_workshop,
    "bulldozer": motif_bulldozer,
    "expo": motif_expo,
    "riverside": motif_riverside,
    "servicehall": motif_servicehall,
    "jobfair": motif_jobfair,
}


KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("elderly", ("elderly", "aged", "senior", "seniors", "nursing", "eldercare", "pension", "old")),
    (
        "childcare",
        (
            "childcare",
            "nursery",
            "kindergarten",
            "infant",
            "infants",
            "toddler",
            "baby",
            "children",
        ),
    ),
    ("school", ("school", "schools", "education", "campus", "student", "students", "teacher")),
    ("flower-show", ("chrysanthemum", "chrysanthemums", "show", "festival", "exhibition")),
    ("chrysanthemum", ("chrysanthemum", "flower", "flowers", "blossom", "floral", "bloom")),
    (
        "jobfair",
        (
            "employment",
            "jobs",
            "job",
            "talent",
            "recruitment",
            "hiring",
            "fair",
            "livestream",
            "market",
        ),
    ),
    (
        "aircraft",
        (
            "aircraft",
            "shengshilong",
            "evtol",
            "aviation",
            "plane",
            "flight",
            "airport",
            "drone",
            "uav",
        ),
    ),
    ("swing-bridge", ("swivel", "swing", "swung", "rotation", "haichuan")),
    (
        "bridge",
        (
            "bridge",
            "railway",
            "rail",
            "viaduct",
            "road",
            "roads",
            "traffic",
            "transport",
        ),
    ),
    ("river-park", ("river", "xingfu", "playground", "riverside")),
    ("park", ("park", "parks", "garden", "lake", "wetland", "green", "pond")),
    ("riverside", ("river", "riverside", "waterfront", "skyline", "cityscape")),
    (
        "podium",
        (
            "evaluation",
            "award",
            "awards",
            "first",
            "place",
            "rank",
            "ranking",
            "trophy",
            "prize",
            "honor",
            "honour",
            "top",
            "assessment",
            "best",
        ),
    ),
    ("bulldozer", ("bulldozer", "bulldozers", "champion", "champions", "electric")),
    ("mining-workshop", ("mining", "mine", "mines", "dump", "truck", "trucks")),
    ("machinery-base", ("machinery", "komatsu", "greatwall", "excavators")),
    ("excavator", ("excavator", "loader", "earthworks", "digger")),
    (
        "workshop",
        (
            "heavy",
            "equipment",
            "smart",
            "intelligent",
            "workshop",
            "assembly",
            "robot",
            "robots",
            "manufacturing",
        ),
    ),
    ("schedule", ("schedule", "milestone", "milestones", "mechanism", "responsibility", "ones")),
    (
        "construction",
        ("construction", "site", "building", "project", "projects", "progress"),
    ),
    (
        "factory",
        ("factory", "industrial", "plant", "base", "signing", "push"),
    ),
    (
        "signing",
        (
            "shanghai",
            "qingdao",
            "meeting",
            "meetings",
            "investment",
            "roadshow",
            "forum",
            "summit",
            "promotion",
            "delegation",
            "cooperation",
        ),
    ),
    ("one-window", ("matter", "window", "integrated", "onestop", "one")),
    ("servicehall", ("gaoxingban", "counter", "hall", "government", "visit")),
    ("e-licence", ("licence", "license", "licences", "registration")),
    (
        "smartphone",
        (
            "e",
            "app",
            "mobile",
            "service",
            "services",
            "online",
            "approval",
            "permit",
            "phone",
        ),
    ),
    (
        "platform-grid",
        ("platform", "enterprise", "enterprises", "firms", "grid"),
    ),
    (
        "nodes",
        (
            "digital",
            "data",
            "network",
            "cloud",
            "innovation",
        ),
    ),
    (
        "community",
        (
            "livelihood",
            "community",
            "people",
            "resident",
            "residents",
            "housing",
            "social",
            "welfare",
        ),
    ),
)


SECTION_DEFAULTS = {
    "projects": ("factory", "construction", "workshop"),
    "industry": ("excavator", "workshop", "construction"),
    "city": ("bridge", "park", "riverside"),
    "business": ("smartphone", "servicehall", "nodes"),
    "livelihood": ("community", "jobfair", "elderly"),
}


COVER_MOTIFS = {
    "projects": "factory",
    "industry": "excavator",
    "city": "riverside",
    "business": "nodes",
    "livelihood": "community",
}


MOODS = {
    "childcare": "day",
    "school": "day",
    "servicehall": "day",
    "aircraft": "dawn",
    "expo": "dawn",
    "park": "dawn",
    "river-park": "dawn",
    "swing-bridge": "dusk",
    "bridge": "dusk",
    "chrysanthemum": "dawn",
    "flower-show": "dawn",
    "jobfair": "dusk",
    "review-first": "dawn",
    "review-second": "dusk",
    "machinery-base": "dusk",
    "signing": "dusk",
    "two-cities": "dusk",
    "riverside": "dusk",
    "nodes": "dusk",
    "platform-grid": "dusk",
    "workshop": "dusk",
    "mining-workshop": "dusk",
}


def tokens(text: str) -> list[str]:
    """Lowercase alphanumeric words of a path or id."""
    return [t for t in re.split(r"[^a-z0-9]+", text.lower()) if t]


def ranked_motifs(job: Job) -> list[str]:
    """Motifs whose keywords occur in the file name or story/event id, best match first."""
    words = set(tokens(Path(job.path).stem) + tokens(job.key))
    scored = [
        (sum(1 for k in keys if k in words), i, name) for i, (name, keys) in enumerate(KEYWORDS)
    ]
    return [name for hits, _, name in sorted(scored, key=lambda v: (-v[0], v[1])) if hits > 0]


def choose_motifs(jobs: Sequence[Job], hall_id: str = "") -> dict[str, str]:
    """Pick a motif per picture: the hall's curated plan first (plan.PLANS); otherwise covers get the
    section's grand theme and stories their best keyword match, unless another story of the section
    already has it, then an unused section default."""
    plan = PLANS.get(hall_id, {})
    chosen: dict[str, str] = {}
    stories: dict[str, set[str]] = {}
    counts: dict[str, dict[str, int]] = {}
    for job in jobs:
        story_seen = stories.setdefault(job.section, set())
        count = counts.setdefault(job.section, {})
        defaults = SECTION_DEFAULTS.get(job.section, ("factory", "nodes", "community"))
        if job.path in plan:
            motif = plan[job.path]
        elif job.cover:
            motif = COVER_MOTIFS.get(job.section, defaults[0])
        else:
            ranked = ranked_motifs(job)
            fresh = [m for m in ranked if m not in story_seen] + [
                m for m in defaults if not count.get(m)
            ]
            motif = fresh[0] if fresh else min(defaults, key=lambda m: count.get(m, 0))
            story_seen.add(motif)
        count[motif] = count.get(motif, 0) + 1
        chosen[job.path] = motif
    return chosen

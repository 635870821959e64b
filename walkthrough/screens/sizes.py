"""Screen size classes: -narrow under 60 columns, -short under 18 rows (the styles use them)."""

WIDTH_BREAKPOINTS = [(0, "-narrow"), (60, "-wide")]
HEIGHT_BREAKPOINTS = [(0, "-short"), (18, "-tall")]

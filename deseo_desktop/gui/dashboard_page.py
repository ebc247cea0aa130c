"""The design's dashboard: key figures, then charts of its balance, pooled value and score.

The figures are read once per refresh (services.dashboard, one snapshot) and the charts are
made from them; a chart's own choices (which measure, which order) redraw it from the same
figures without reading the design again. A page that is not shown only notes that it is out
of date and reads when it is shown, so edits elsewhere cost nothing here.
"""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from deseo_desktop.formatting import format_number, format_percent
from deseo_desktop.rules.balance import SexCounts
from deseo_desktop.services.dashboard import Dashboard, actor_bars, dashboard, value_bars

from .chart_card import ChartCard
from .charts import money_label
from .dashboard_charts import (
    actor_balance_chart,
    cluster_balance_chart,
    not_stated_note,
    pooled_by_category_chart,
    pooled_by_contributor_chart,
)
from .editors.base import SectionEditor
from .score_charts import financing_chart, progress_chart, verdict_name
from .style import sized, styled

ACTOR_BARS = 20  # organisations shown one by one; the rest share one bar
CONTRIBUTOR_BARS = 15
TWO_COLUMNS_WIDTH = 980  # narrower than this, the charts go one under the other
REFRESH_PAUSE_MS = 300  # edits made while the page is shown (an undo) redraw it after this


class DashboardPage(SectionEditor):
    step = "dashboard"

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.data: Dashboard | None = None
        self.stale = True
        self.columns = 0
        self.per_row = 0
        self.tiles: dict[str, tuple[QLabel, QLabel]] = {}
        self.tile_cards: list[QFrame] = []
        self.tiles_grid = tiles = QGridLayout()
        tiles.setSpacing(12)
        for key, caption in (
            ("workforce", self.tr("Women in the workforce")),
            ("governance", self.tr("Women in governance seats")),
            ("pooled", self.tr("Pooled value")),
            ("score", self.tr("Financing score")),
            ("progress", self.tr("Indicators on track")),
        ):
            self._tile(key, caption)
        self.cluster_card = ChartCard(self.tr("Women and men in the cluster"), self.body)
        self.actors_card = ChartCard(self.tr("Women and men by organisation"), self.body)
        self.measure_combo = QComboBox()
        self.measure_combo.setAccessibleName(self.tr("Which people"))
        for code, text in (
            ("workforce", self.tr("Workforce")),
            ("managers", self.tr("Management")),
            ("board", self.tr("Boards")),
        ):
            self.measure_combo.addItem(text, code)
        self.order_combo = QComboBox()
        self.order_combo.setAccessibleName(self.tr("Order of the organisations"))
        for code, text in (
            ("largest", self.tr("Largest first")),
            ("fewest_women", self.tr("Fewest women first")),
            ("fewest_men", self.tr("Fewest men first")),
        ):
            self.order_combo.addItem(text, code)
        self.actors_card.controls.insertWidget(0, self.measure_combo)
        self.actors_card.controls.insertWidget(1, self.order_combo)
        self.category_card = ChartCard(self.tr("Pooled value by category"), self.body)
        self.contributor_card = ChartCard(self.tr("Pooled value by contributor"), self.body)
        self.financing_card = ChartCard(self.tr("Financing score"), self.body)
        self.progress_card = ChartCard(self.tr("Indicator progress"), self.body)
        self.cards = self._card_order()
        self.column_layouts = (QVBoxLayout(), QVBoxLayout())
        self.columns_row = columns = QHBoxLayout()
        columns.setSpacing(12)
        for layout in self.column_layouts:
            layout.setSpacing(12)
            layout.addStretch(1)
            columns.addLayout(layout, 1)
        self.body_layout.addLayout(tiles)
        self.body_layout.addSpacing(8)
        self.body_layout.addLayout(columns)
        self.wide_layout = QVBoxLayout()
        self.body_layout.addSpacing(12)
        self.body_layout.addLayout(self.wide_layout)
        self.body_layout.addStretch(1)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_PAUSE_MS)
        self._connect_signals()
        self._place_cards()

    def _tile(self, key: str, caption: str) -> None:
        card = QFrame()
        card.setObjectName("countCard")
        value = QLabel("—")
        value.setObjectName("countValue")
        text = sized(QLabel(caption), 1.0, bold=False)  # grows in presentation mode
        text.setObjectName("countCaption")
        note = sized(QLabel(), 0.95, bold=False)
        note.setObjectName("overviewMeta")
        note.setWordWrap(True)
        box = QVBoxLayout(card)
        box.addWidget(text)
        box.addWidget(value)
        box.addWidget(note)
        self.tiles[key] = (value, note)
        self.tile_cards.append(styled(card))
        self.tiles_grid.addWidget(card, 0, len(self.tile_cards) - 1)  # placed again by width

    def _card_order(self) -> list[ChartCard]:
        """The cards by importance. On two columns each goes under the shorter column, except
        the organisations' chart, which takes the whole width below (its names need room)."""
        return [
            self.cluster_card,
            self.actors_card,
            self.financing_card,
            self.progress_card,
            self.category_card,
            self.contributor_card,
        ]

    def _connect_signals(self) -> None:
        self.measure_combo.currentIndexChanged.connect(self._on_actor_choice_changed)
        self.order_combo.currentIndexChanged.connect(self._on_actor_choice_changed)
        self.session.changed.connect(self._on_session_changed)
        self.refresh_timer.timeout.connect(self.refresh)

    # --- the editor's contract ---------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        """Read the design again now if the page is shown; otherwise when it is next shown."""
        if self.isVisible():
            self.load()
        else:
            self.stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.load()

    def on_text_scale(self, _scale: float) -> None:
        """Presentation mode: larger tiles may need fewer to a row."""
        self._place_cards(again=True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_cards()

    def _on_session_changed(self, _table: str) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh_timer.start()

    # --- figures and charts ------------------------------------------------------------------

    def load(self) -> None:
        self.stale = False
        self.data = dashboard(self.session.db, self.session.design_id)
        self._fill_tiles(self.data)
        self._draw(self.data)
        self._place_cards(again=True)

    def _draw(self, data: Dashboard) -> None:
        lang = self.context.language
        if any(c.total for c in data.cluster.values()):
            self.cluster_card.set_chart(
                *cluster_balance_chart(data.cluster, data.threshold_pct, lang)
            )
            self.cluster_card.set_note(not_stated_note(data.cluster, lang))
        else:
            self.cluster_card.set_empty(self.tr("No figures of women and men yet."))
        self._draw_actors()
        nothing = self.tr("No pooled contributions yet.")
        if data.by_category:
            self.category_card.set_chart(
                *pooled_by_category_chart(list(data.by_category), data.currency, lang)
            )
            top, rest = value_bars(data.by_contributor, CONTRIBUTOR_BARS)
            self.contributor_card.set_chart(
                *pooled_by_contributor_chart(top, rest, data.currency, lang)
            )
        else:
            self.category_card.set_empty(nothing)
            self.contributor_card.set_empty(nothing)
        if data.financing is None:
            self.financing_card.set_empty(self.tr("No financing grid is attached to this design."))
        else:
            self.financing_card.set_chart(*financing_chart(data.financing, lang))
        if data.scorecard.overall.assessed + data.scorecard.overall.not_measured:
            self.progress_card.set_chart(*progress_chart(data.scorecard, lang))
        else:
            self.progress_card.set_empty(self.tr("No indicators yet."))

    def _draw_actors(self) -> None:
        data = self.data
        if data is None:
            return
        measure = self.measure_combo.currentData()
        bars, missing = actor_bars(data.actors, measure, self.order_combo.currentData(), ACTOR_BARS)
        if not bars:
            self.actors_card.set_empty(self.tr("No organisation has given these figures yet."))
            return
        self.actors_card.set_chart(
            *actor_balance_chart(bars, missing, measure, data.threshold_pct, self.context.language)
        )

    def _on_actor_choice_changed(self, _index: int) -> None:
        self._draw_actors()

    def _fill_tiles(self, data: Dashboard) -> None:
        lang = self.context.language
        for key, group in (("workforce", "workforce"), ("governance", "governance_seats")):
            self._share_tile(key, data.cluster[group])
        pooled = data.pooled
        value, note = self.tiles["pooled"]
        value.setText(money_label(data.currency, lang, 3)(pooled.total_cents / 100))
        note.setText(
            self.tr("%1 in kind").replace(
                "%1", format_percent(pooled.in_kind_cents / pooled.total_cents, lang)
            )
            if pooled.total_cents
            else self.tr("nothing pooled yet")
        )
        value, note = self.tiles["score"]
        score = data.financing
        if score is None:
            value.setText("—")
            note.setText(self.tr("no financing grid"))
        else:
            value.setText(
                self.tr("%1 / %2")
                .replace("%1", format_number(score.total, lang))
                .replace("%2", format_number(score.total_cap, lang))
            )
            note.setText(
                self.tr("%1 (threshold %2)")
                .replace("%1", verdict_name(score.verdict))
                .replace("%2", format_number(score.threshold, lang))
            )

        value, note = self.tiles["progress"]
        tally = data.scorecard.overall
        share = tally.share_on_track
        value.setText("—" if share is None else format_percent(float(share), lang))
        note.setText(
            self.tr("%1 of %2 assessed; %3 not measured")
            .replace("%1", format_number(tally.on_track, lang))
            .replace("%2", format_number(tally.assessed, lang))
            .replace("%3", format_number(tally.not_measured, lang))
            if tally.assessed + tally.not_measured
            else self.tr("no indicators yet")
        )

    def _share_tile(self, key: str, counts: SexCounts) -> None:
        value, note = self.tiles[key]
        if not counts.stated:
            value.setText("—")
            note.setText(self.tr("no figures yet"))
            return
        lang = self.context.language
        value.setText(format_percent(counts.women / counts.stated, lang))
        note.setText(
            self.tr("of %1 people whose sex is stated").replace(
                "%1", format_number(counts.stated, lang)
            )
        )

    def _place_cards(self, again: bool = False) -> None:
        """One column, or two when the page is wide (a projector, presentation mode)."""
        # The page's own width: the body can be wider than the window when the tiles are.
        width = self.width()
        columns = 2 if width >= TWO_COLUMNS_WIDTH else 1
        widest = max(t.minimumSizeHint().width() for t in self.tile_cards) + 12
        per_row = max(1, min(5 if columns == 2 else 3, width // widest))
        if (columns, per_row) == (self.columns, self.per_row) and not again:
            return
        self.columns, self.per_row = columns, per_row
        for i, tile in enumerate(self.tile_cards):
            self.tiles_grid.removeWidget(tile)
            self.tiles_grid.addWidget(tile, i // per_row, i % per_row)
        self.columns_row.setStretch(1, columns - 1)  # one column: the second takes no room
        for card in self.cards:  # out of whichever layout held it (still the body's child)
            for layout in (*self.column_layouts, self.wide_layout):
                layout.removeWidget(card)
        heights = [0, 0]
        for card in self.cards:
            if columns == 2 and card is self.actors_card:
                self.wide_layout.addWidget(card)
                continue
            side = 0 if columns == 1 or heights[0] <= heights[1] else 1
            layout = self.column_layouts[side]
            layout.insertWidget(layout.count() - 1, card)  # before the column's stretch
            heights[side] += card.sizeHint().height()

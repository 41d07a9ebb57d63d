#pragma once
// CompareGrid: small multiples of one view, one tile per (data set, model),
// like scikit-learn's "classifier comparison" figure but live: each tile shows
// the data (training points filled, test points hollow) with that model's
// decision regions and boundary, or its fitted curve, and the model's test
// score in the corner ("train" and the training score when nothing is held
// out). One QCustomPlot with an axis rect per tile, so plot_export.h writes
// the whole grid as one PNG, PDF or SVG with points, lines and text as
// vectors. Tiles are computed by a CompareWorker and fill in as they arrive.
#include <qcustomplot.h>

#include <memory>
#include <vector>

#include "widgets/compare/compare_setup.h"
#include "widgets/fit_frame.h"

namespace supex {

class BoundaryLayer;
class CompareWorker;
class RegionImageLayer;

class CompareGrid : public QCustomPlot {
  Q_OBJECT

 public:
  explicit CompareGrid(QWidget* parent = nullptr);
  ~CompareGrid() override;

  // Shows these data sets (rows, when more than one) × models (columns) and
  // starts computing every tile; tiles of an earlier content still running
  // are stopped and their results dropped.
  void setContent(std::vector<CompareData> data, std::vector<CompareModel> models);
  // Cells per axis of each tile's decision map (default 150).
  void setCells(int cells) { m_cells = cells; }
  // Presentation mode: larger text, markers and lines (the main canvas's
  // scale), for a comparison shown on a projector. Keeps the computed tiles.
  void setPresentationMode(bool on);
  bool presentationMode() const { return m_scale > 1.0; }
  static constexpr double kPresentationScale = 1.4;

  int tileCount() const;
  int dataCount() const { return static_cast<int>(m_data.size()); }
  int modelCount() const { return static_cast<int>(m_models.size()); }
  // Tile index of (data set d, model m).
  int tileIndex(int d, int m) const { return d * modelCount() + m; }
  // The computed frame of a tile; null while it is being computed.
  FitFramePtr tileFrame(int index) const;
  // The text in the tile's corner ("test accuracy 0.93"), its title, and the
  // tile's plot area in widget pixels.
  QString scoreText(int index) const;
  QString titleText(int index) const;
  QRect tileRect(int index) const;
  QPointF dataToPixel(int index, QPointF data) const;
  // Every tile of the current content is computed and shown.
  bool complete() const;
  CompareWorker* worker() const { return m_worker; }

  // The score line of a frame: test score, or training score when there are no test rows.
  // The short form, for narrow tiles, leaves out the metric: "test 0.93".
  static QString scoreLine(const FitFrame& frame, bool shortForm = false);
  // Tiles of the current content shown so far.
  int shownCount() const;

 signals:
  void tileShown(int index);
  // Every tile of the current content is shown.
  void completed();

 private:
  struct Tile;
  void buildLayout();
  void showStatic(int index, bool keepPicture);
  void showFrame(int index, FitFramePtr frame);
  void fitTexts();
  void submit();
  bool sameShape(const std::vector<CompareData>& data, const std::vector<CompareModel>& models) const;
  int columns() const;

  std::vector<CompareData> m_data;
  std::vector<CompareModel> m_models;
  std::vector<Tile> m_tiles;
  std::vector<GridSpec> m_grids;  // per data set
  std::vector<QCPMarginGroup*> m_groups;  // one per column: tiles of a column line up
  CompareWorker* m_worker;
  int m_cells = 150;
  int m_shown = 0;
  double m_scale = 1.0;  // kPresentationScale in presentation mode
};

}  // namespace supex

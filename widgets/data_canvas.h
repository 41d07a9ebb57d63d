#pragma once
// DataCanvas: the central plot. Shows the data (training points filled, test
// points hollow, Okabe–Ito colours), the decision regions shaded by the
// model's confidence with the boundary line, or for regression the fitted
// curve with its bands. Mouse: left click asks to add a point, dragging a
// point asks to move it, right click asks to erase the nearest point, wheel
// zooms and left-drag on empty space pans. The canvas only asks (signals);
// the controller owns the data and decides.
#include <qcustomplot.h>

#include <QTimer>
#include <optional>
#include <memory>
#include <vector>

#include "core/data/dataset.h"
#include "widgets/fit_frame.h"

namespace supex {

class BoundaryLayer;
class LensLayer;
class RegressionBands;

// What the kNN lens shows around the mouse: the neighbours of the point under
// it, the Minkowski ball (or, with one feature, the interval) that holds
// them, and a one-line explanation of the prediction.
struct LensPicture {
  QPointF centre;
  QPolygonF ball;
  std::vector<QPointF> neighbours;
  QString caption;
};

class DataCanvas : public QCustomPlot {
  Q_OBJECT

 public:
  explicit DataCanvas(QWidget* parent = nullptr);
  ~DataCanvas() override;

  // The points on show; isTest[i] draws row i hollow (a test point).
  void setPoints(std::shared_ptr<const Dataset> data, std::vector<bool> isTest);
  const std::shared_ptr<const Dataset>& points() const { return m_data; }

  // Shows a fitted picture (or its error) over the points.
  void setFrame(FitFramePtr frame);
  void clearFrame();
  const FitFramePtr& frame() const { return m_frame; }

  // The visible area as a grid of cells × cells (cells along each axis).
  GridSpec viewGrid(int cells) const;
  // The view moved and viewChanged() will be emitted at the next event-loop turn.
  bool viewChangePending() const { return m_viewTimer.isActive(); }
  // Frames the data with a margin.
  void resetView();
  void setEqualAspect(bool on);
  bool equalAspect() const { return m_equalAspect; }
  // Redraws points, regions and legend in the current class colours.
  void refreshColours();
  // Larger fonts, thicker lines and bigger points for a projector.
  void setPresentationMode(bool on);
  bool presentationMode() const { return m_presentation; }

  // Plot coordinates (feature 1, feature 2 — or x, target for 1-D regression)
  // to widget pixels and back.
  QPointF dataToPixel(QPointF data) const;
  QPointF pixelToData(QPointF pixel) const;
  // The row drawn nearest to `pixel` within `radius` pixels, or -1.
  int pointNear(QPointF pixel, double radius) const;
  // The plot coordinates of data row `row`.
  QPointF rowPosition(int row) const;

  // Shows or hides (nullopt) the kNN lens.
  void setLens(const std::optional<LensPicture>& lens);
  bool lensVisible() const;
  const std::optional<LensPicture>& lens() const;

  QCPColorMap* regionMap() const { return m_map; }
  BoundaryLayer* boundaryLayer() const { return m_boundary; }
  QCPItemText* messageItem() const { return m_message; }

 signals:
  void addRequested(QPointF dataPos);
  void eraseRequested(int row);
  void dragStarted(int row);
  void dragMoved(int row, QPointF dataPos);
  void dragFinished(int row, QPointF from, QPointF to);
  // Shift + left drag: `dataPos` is the spray centre, emitted as the mouse moves.
  void sprayRequested(QPointF dataPos, bool first);
  void sprayFinished();
  // The visible area changed (pan, zoom, resize); coalesced to once per event loop turn.
  void viewChanged();
  // Mouse over the plot without buttons; inside = over the axis rect.
  void hovered(QPointF dataPos, bool inside);
  // Ctrl + left click inside the plot: pin the "explain this point" probe here
  // (no point is added, no gesture starts).
  void probeRequested(QPointF dataPos);

 protected:
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  void rebuildPointGraphs();
  void showClassification(const FitFrame& frame);
  void showRegression2d(const FitFrame& frame);
  void showRegression1d(const FitFrame& frame);
  void showError(const FitFrame& frame);
  void hideModelLayers();
  void updateLabels();
  void applyStyle();
  // Equal aspect: adjusts the ranges; true if they changed.
  bool keepAspect();
  QCPGraph* makePointGraph(const QColor& color, bool hollow, const QString& name);
  bool regression1d() const;

  std::shared_ptr<const Dataset> m_data;
  std::vector<bool> m_isTest;
  FitFramePtr m_frame;

  QCPColorMap* m_map = nullptr;
  QCPColorScale* m_colorScale = nullptr;
  bool m_colorScaleShown = false;
  BoundaryLayer* m_boundary = nullptr;
  QCPGraph* m_curve = nullptr;
  std::unique_ptr<RegressionBands> m_bands;  // OLS confidence and prediction bands
  QCPItemText* m_message = nullptr;
  LensLayer* m_lens = nullptr;
  QCPItemText* m_lensCaption = nullptr;
  std::vector<QCPGraph*> m_pointGraphs;
  QCPGraph* m_testLegendGraph = nullptr;
  int m_mapClasses = -1;  // the class count the map's gradient was built for (-1: none, -2: value scale)

  enum class Gesture { None, Pan, DragPoint, Spray };
  Gesture m_gesture = Gesture::None;
  int m_dragRow = -1;
  QPointF m_dragFrom;
  QPoint m_pressPixel;

  bool m_equalAspect = false;
  bool m_presentation = false;
  QTimer m_viewTimer;
};

}  // namespace supex

#pragma once
// The extension point for the views that teach the mathematics (issue 5):
// training animation, regularisation paths, inference, bases, ellipses,
// "explain this point", high dimensions. Each view is a widget the window
// shows as one tab of its "Views" dock; it gets the explorer's parts through
// a ViewContext and follows the picture through
// ExplorerController::frameShown (every frame that reaches the canvas) and
// ModelPanel::modelChanged / paramsChanged. A view that draws on the canvas
// adds its own QCustomPlot items or layerables to ViewContext::canvas and
// removes or hides them when the model no longer applies.
//
// Adding a view: write widgets/views/<name>_view.{h,cpp} and add one line to
// widgets/teaching_view_list.cpp.
#include <QString>
#include <functional>
#include <vector>

class QUndoStack;
class QWidget;

namespace supex {

class DataCanvas;
class ExplorerController;
class ModelPanel;
class PointDocument;

struct ViewContext {
  ExplorerController* controller = nullptr;
  PointDocument* document = nullptr;
  DataCanvas* canvas = nullptr;
  ModelPanel* models = nullptr;
  QUndoStack* undo = nullptr;  // parameter or data changes a view makes go here
};

struct TeachingViewInfo {
  QString id;     // stable, for settings and sessions ("paths")
  QString title;  // the tab's text ("Regularisation path")
  std::function<QWidget*(const ViewContext&)> make;
};

// Every view, in tab order (widgets/teaching_view_list.cpp).
const std::vector<TeachingViewInfo>& teachingViews();

}  // namespace supex

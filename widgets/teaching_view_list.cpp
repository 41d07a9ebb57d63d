// The list of teaching views: one line per view (see teaching_view.h).
#include "widgets/teaching_view.h"
#include "widgets/views/ellipse_view.h"
#include "widgets/views/explain_view.h"
#include "widgets/views/basis_view.h"
#include "widgets/views/high_dim_view.h"
#include "widgets/views/paths_view.h"
#include "widgets/views/sampling_view.h"
#include "widgets/views/training_view.h"

namespace supex {

const std::vector<TeachingViewInfo>& teachingViews() {
  static const std::vector<TeachingViewInfo> views{
      {"ellipses", "LDA/QDA ellipses", [](const ViewContext& c) -> QWidget* { return new EllipseView(c); }},
      {"explain", "Explain a point", [](const ViewContext& c) -> QWidget* { return new ExplainView(c); }},
      {"paths", "Regularisation path", [](const ViewContext& c) -> QWidget* { return new PathsView(c); }},
      {"basis", "Basis functions", [](const ViewContext& c) -> QWidget* { return new BasisView(c); }},
      {"highdim", "High dimensions", [](const ViewContext& c) -> QWidget* { return new HighDimView(c); }},
      {"sampling", QObject::tr("Sampling distribution"), [](const ViewContext& c) { return new SamplingView(c); }},
      {"training", "Training", [](const ViewContext& c) { return new TrainingView(c); }},
  };
  return views;
}

}  // namespace supex

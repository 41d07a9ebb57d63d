// The list of teaching views: one line per view (see teaching_view.h), in the
// order a lesson meets them: watch it learn, ask it why, then the model-specific views.
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
      {"training", QObject::tr("Training"), [](const ViewContext& c) { return new TrainingView(c); }},
      {"explain", QObject::tr("Explain a point"), [](const ViewContext& c) -> QWidget* { return new ExplainView(c); }},
      {"paths", QObject::tr("Regularisation path"), [](const ViewContext& c) -> QWidget* { return new PathsView(c); }},
      {"basis", QObject::tr("Basis functions"), [](const ViewContext& c) -> QWidget* { return new BasisView(c); }},
      {"sampling", QObject::tr("Sampling distribution"), [](const ViewContext& c) { return new SamplingView(c); }},
      {"ellipses", QObject::tr("LDA/QDA ellipses"), [](const ViewContext& c) -> QWidget* { return new EllipseView(c); }},
      {"highdim", QObject::tr("High dimensions"), [](const ViewContext& c) -> QWidget* { return new HighDimView(c); }},
  };
  return views;
}

}  // namespace supex

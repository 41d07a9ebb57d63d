// supervised-explorer [options] [FILE.csv]
// Opens FILE.csv (columns guessed; a dialog asks when the guess fails), or a
// generated set, or else the first picture: the moons under kNN with k = 15.
// With --export the figure is written without showing a window, so slide
// figures can be rebuilt from a script:
//   QT_QPA_PLATFORM=offscreen supervised-explorer --generate sine --model ols
//       --param basis=poly --param degree=3 --export fit.pdf
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>

#include "app/gui/compare_window.h"
#include "app/gui/main_window.h"
#include "core/common/reuse_memory.h"
#include "widgets/data_canvas.h"
#include "widgets/explorer_controller.h"

namespace {

int fail(const QString& message) {
  std::fprintf(stderr, "supervised-explorer: %s\n", qPrintable(message));
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  supex::reuseFreedMemory();
  QApplication app(argc, argv);
  QApplication::setApplicationName("supervised-explorer");
  QApplication::setOrganizationName("supex");
  QApplication::setApplicationVersion(QStringLiteral(SUPEX_VERSION));

  QCommandLineParser parser;
  parser.setApplicationDescription("Supervised Explorer: see the mathematics of supervised learning move.");
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument("file", "A CSV data set to open.", "[FILE.csv]");
  QCommandLineOption generateOpt("generate", "Generate a data set of KIND (moons, blobs, sine, ...).", "KIND");
  QCommandLineOption nOpt("n", "Points to generate (default 200).", "N", "200");
  QCommandLineOption noiseOpt("noise", "Noise of the generated set (default per kind).", "S");
  QCommandLineOption seedOpt("seed", "Seed of the generated set (default 1).", "SEED", "1");
  QCommandLineOption classesOpt("classes", "Classes of blobs, spiral, gaussians (default 2).", "K", "2");
  QCommandLineOption modelOpt("model", "The algorithm, by id (knn, ols, nn, ...).", "ID");
  QCommandLineOption paramOpt("param", "A hyper-parameter, KEY=VALUE (repeatable).", "KEY=VALUE");
  QCommandLineOption testOpt("test-share", "Share of points held out as test points, 0 to 0.9.", "F");
  QCommandLineOption exportOpt("export", "Write the figure (.png, .pdf, .svg) and quit without a window.", "FILE");
  QCommandLineOption sizeOpt("size", "Size of the exported figure in pixels (default 1200x900).", "WxH", "1200x900");
  QCommandLineOption scaleOpt("scale", "Pixel scale of a PNG export (default 1).", "S", "1");
  QCommandLineOption lensOpt("lens", "Show the kNN lens at the point X,Y (plot coordinates).", "X,Y");
  QCommandLineOption presentOpt("presentation", "Start in presentation mode (large type, full screen).");
  QCommandLineOption compareOpt("compare", "Compare these algorithms side by side (e.g. knn,lda,qda); with --export, write that grid.", "MODELS");
  parser.addOptions({generateOpt, nOpt, noiseOpt, seedOpt, classesOpt, modelOpt, paramOpt, testOpt, exportOpt, sizeOpt,
                     scaleOpt, lensOpt, presentOpt});
  parser.addOption(compareOpt);
  parser.process(app);

  supex::MainWindow window;
  const QStringList files = parser.positionalArguments();
  window.showDefault();  // also what stays when a file cannot be opened
  if (!files.isEmpty()) {
    if (!window.openCsv(files.first(), false) && parser.isSet(exportOpt)) return fail("cannot open " + files.first());
  } else if (parser.isSet(generateOpt)) {
    supex::GenerateOptions g;
    g.kind = parser.value(generateOpt).toStdString();
    g.n = parser.value(nOpt).toInt();
    if (parser.isSet(noiseOpt)) g.noise = parser.value(noiseOpt).toDouble();
    g.seed = parser.value(seedOpt).toULongLong();
    g.classes = parser.value(classesOpt).toInt();
    auto check = supex::generate(g);
    if (!check) return fail(QString::fromStdString(check.error().message));
    window.generate(g, false);
  }
  if (parser.isSet(modelOpt)) {
    std::vector<std::string> params;
    for (const QString& p : parser.values(paramOpt)) params.push_back(p.toStdString());
    const QString problem = window.chooseModel(parser.value(modelOpt).toStdString(), params);
    if (!problem.isEmpty()) return fail(problem);
  }
  if (parser.isSet(lensOpt)) {
    const QStringList xy = parser.value(lensOpt).split(',');
    bool okX = false, okY = false;
    const double x = xy.value(0).toDouble(&okX), y = xy.value(1).toDouble(&okY);
    if (!okX || (xy.size() > 1 && !okY)) return fail("--lens takes X,Y, e.g. 0.5,0.25.");
    window.controller()->showLensAt(QPointF(x, y));
  }
  if (parser.isSet(testOpt)) window.setTestShare(parser.value(testOpt).toDouble(), parser.value(seedOpt).toULongLong());

  if (parser.isSet(exportOpt)) {
    const QStringList size = parser.value(sizeOpt).split('x');
    const int width = size.value(0).toInt(), height = size.value(1).toInt();
    if (width < 50 || height < 50) return fail("--size takes WxH, e.g. 1200x900.");
    if (parser.isSet(compareOpt)) {
      QString message;
      const int code = supex::exportComparison(window, parser.value(compareOpt).toStdString(), parser.value(exportOpt),
                                               width, height, parser.value(scaleOpt).toDouble(), &message);
      if (code != 0) std::fprintf(stderr, "supervised-explorer: %s\n", qPrintable(message));
      return code;
    }
    int code = 0;
    if (parser.isSet(presentOpt)) window.canvas()->setPresentationMode(true);
    window.canvas()->resize(width, height);
    // A hidden widget gets its resize event only when shown; the plot's
    // viewport must be the export size now, so the view is framed for it.
    window.canvas()->setViewport(QRect(0, 0, width, height));
    window.canvas()->resetView();
    window.canvas()->replot(QCustomPlot::rpImmediateRefresh);  // lays out at the export size
    window.exportWhenReady(parser.value(exportOpt), width, height, parser.value(scaleOpt).toDouble(),
                           [&code](const QString& error) {
                             if (!error.isEmpty()) code = fail(error);
                             QApplication::exit(code);
                           });
    QTimer::singleShot(30000, [] { QApplication::exit(fail("the figure was not ready within 30 s.")); });
    return QApplication::exec();
  }
  window.show();
  if (parser.isSet(presentOpt)) window.setPresentationMode(true);
  if (parser.isSet(compareOpt)) {
    const QString problem = supex::showComparison(&window, parser.value(compareOpt).toStdString());
    if (!problem.isEmpty()) return fail(problem);
  }
  return QApplication::exec();
}

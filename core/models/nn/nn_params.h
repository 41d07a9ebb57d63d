#pragma once
// Hyper-parameters of the binary neural network (`nn` in the CLI contract),
// and the one table that parses, validates and describes them.
#include <string>
#include <vector>

#include "core/models/param_table.h"

namespace supex {

struct NnParams {
  std::vector<int> hidden{8, 8};    // units per hidden layer, input side first
  std::string activation = "tanh";  // g of the hidden layers: tanh | relu | sigmoid
  double lr = 0.1;                  // learning rate η > 0
  int epochs = 500;                 // passes over the training set, ≥ 1
  int batch = 32;                   // mini-batch size; 0 = the full training set
  std::string optimizer = "adam";   // sgd | momentum | adam
  double l2 = 0.0;                  // λ of the penalty (λ/2)Σ‖W^[l]‖², ≥ 0
  long long seed = 1;               // initial weights and shuffles
  bool standardize = false;         // fit on z-scores of the features
};

const ParamTable<NnParams>& nnParamTable();

}  // namespace supex

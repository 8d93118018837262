#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "plan6/report/reading_order.hpp"

namespace plan6 {

/** Vertical strips of a page, each as its (x0, x1). */
using x_strips = std::vector<std::pair<double, double>>;

/** The narrowest free strip between two columns, in ems. */
inline constexpr double gutter_ems = 1.2;

/**
 * The gutters of a band (its blocks, left to right): the free strips between its blocks,
 * with text on both sides, at least a gutter (1.2 em) wide.
 */
x_strips band_gutters(const std::vector<layout_block>& blocks, const std::vector<std::size_t>& band,
                      double em);

/**
 * The part of each gutter that a band leaves free. A block reaching into a gutter from one
 * side narrows it (a long row label of a table), a block inside it closes it; a gutter left
 * narrower than half a gutter (0.6 em) is gone.
 */
x_strips free_part(const x_strips& gutters, const std::vector<layout_block>& blocks,
                   const std::vector<std::size_t>& band, double em);

/** Whether a band has text on both sides of one of the gutters (it is a row of the table). */
bool splits(const std::vector<layout_block>& blocks, const std::vector<std::size_t>& band,
            const x_strips& gutters);

/**
 * The strips free of text down a whole region, from all its blocks: a table's column
 * boundaries. The gutters a region was found by come from its first row and may be fewer
 * (a header over the value columns only). Strips are 0.6 em wide or more, left to right.
 */
x_strips column_strips(const std::vector<layout_block>& blocks,
                       const std::vector<std::size_t>& region, double em);

/**
 * A block that runs over the column boundaries of a table (header cells closer than a
 * gutter, which PDFium gives as one run) as one block per column it crosses, when its
 * words are as many as those columns; empty otherwise (a title over the table). Each word
 * is a block 0.2 pt wide at its column's middle: its true extent is not known, and it must
 * not close the strips between the columns.
 */
std::vector<layout_block> split_over(const layout_block& block, const x_strips& strips);

}  // namespace plan6

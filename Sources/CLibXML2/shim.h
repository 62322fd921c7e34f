// libxml2 for the XLSX reader. Debian builds libxml2 with ICU, whose headers clash with the ICU
// copy inside Swift's Foundation; renja never uses libxml2's ICU converters, so they are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

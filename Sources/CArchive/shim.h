#ifndef FAIRPACK_CARCHIVE_SHIM_H
#define FAIRPACK_CARCHIVE_SHIM_H

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>

// libarchive's file-type macros are not imported into Swift; re-export them as constants.
static const unsigned int FAIRPACK_AE_IFREG = AE_IFREG;
static const unsigned int FAIRPACK_AE_IFDIR = AE_IFDIR;
static const unsigned int FAIRPACK_AE_IFLNK = AE_IFLNK;

#endif

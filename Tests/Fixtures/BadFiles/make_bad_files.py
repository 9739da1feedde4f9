#!/usr/bin/env python3
"""Writes the Word files that fight back, for the tests of limits (run from this folder):

- zip-bomb.docx: word/document.xml declares 200 MB and deflates to about 200 KB (1000:1), so it is refused
  before a byte is inflated;
- nested.docx: a well-formed document.xml whose body nests 20,000 elements deep, which must still be read.
"""
import zipfile

CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def write(name, document):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for entry, data in (("[Content_Types].xml", CONTENT_TYPES.encode()), ("word/document.xml", document)):
            archive.writestr(zipfile.ZipInfo(entry, date_time=(2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


depth = 20_000  # about 900 KB of XML: under the size above which the compression ratio is checked
write("zip-bomb.docx", f'<w:document {W}><w:body><w:p><w:r><w:t>'.encode() + b" " * (200 * 1024 * 1024) + b"</w:t></w:r></w:p></w:body></w:document>")
write("nested.docx", (f'<w:document {W}><w:body>' + "<w:sdt><w:sdtContent>" * depth + "<w:p><w:r><w:t>行政处罚 1</w:t></w:r></w:p>"
                      + "</w:sdtContent></w:sdt>" * depth + "</w:body></w:document>").encode())

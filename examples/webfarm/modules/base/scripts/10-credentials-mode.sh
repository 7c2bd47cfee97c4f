#!/bin/bash
# git keeps only 0644/0755, so a fresh clone may have lost the 0600 of files/etc/disco/credentials.
chmod 0600 /etc/disco/credentials

#!/bin/bash

service postgresql restart

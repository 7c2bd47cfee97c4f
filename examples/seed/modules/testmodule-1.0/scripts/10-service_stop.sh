#!/bin/bash

service postgresql stop

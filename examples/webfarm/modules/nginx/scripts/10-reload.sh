#!/bin/bash

service nginx reload

package main

import rego.v1

import data.a.x
import data.b.x

deny contains "x" if x

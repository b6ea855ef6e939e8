package main

import rego.v1

import data.tables

allowed_types := {
	"null_resource",
	"aws_instance",
	"type_0",
	"type_1",
	"type_2",
	"type_3",
	"type_4",
	"type_5",
	"type_6",
	"type_7",
	"type_8",
	"type_9",
	"type_10",
	"type_11",
	"type_12",
	"type_13",
	"type_14",
	"type_15",
	"type_16",
	"type_17",
	"type_18",
	"type_19",
	"type_20",
	"type_21",
	"type_22",
	"type_23",
	"type_24",
	"type_25",
	"type_26",
	"type_27",
	"type_28",
	"type_29",
	"type_30",
	"type_31",
	"type_32",
	"type_33",
	"type_34",
	"type_35",
	"type_36",
	"type_37",
	"type_38",
	"type_39",
	"type_40",
	"type_41",
	"type_42",
	"type_43",
	"type_44",
	"type_45",
	"type_46",
	"type_47",
	"type_48",
	"type_49",
	"type_50",
	"type_51",
	"type_52",
	"type_53",
	"type_54",
	"type_55",
	"type_56",
	"type_57",
	"type_58",
	"type_59",
	"type_60",
	"type_61",
	"type_62",
	"type_63",
	"type_64",
	"type_65",
	"type_66",
	"type_67",
	"type_68",
	"type_69",
	"type_70",
	"type_71",
	"type_72",
	"type_73",
	"type_74",
	"type_75",
	"type_76",
	"type_77",
	"type_78",
	"type_79",
	"type_80",
	"type_81",
	"type_82",
	"type_83",
	"type_84",
	"type_85",
	"type_86",
	"type_87",
	"type_88",
	"type_89",
	"type_90",
	"type_91",
	"type_92",
	"type_93",
	"type_94",
	"type_95",
	"type_96",
	"type_97",
	"type_98",
	"type_99",
	"type_100",
	"type_101",
	"type_102",
	"type_103",
	"type_104",
	"type_105",
	"type_106",
	"type_107",
	"type_108",
	"type_109",
	"type_110",
	"type_111",
	"type_112",
	"type_113",
	"type_114",
	"type_115",
	"type_116",
	"type_117",
	"type_118",
	"type_119",
}

limits := {"terraform_data": 2, "aws_instance": 1}

names := {"é": "accent", "ü": "umlaut", "rest": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99]}

deny contains sprintf("%s is not allowed", [rc.address]) if {
	some rc in input.resource_changes
	not rc.type in allowed_types
	rc.type != "terraform_data"
}

deny contains sprintf("%d %s over %d", [n, type, max]) if {
	some type, max in limits
	n := count([rc | some rc in input.resource_changes; rc.type == type])
	n > max
}

warn contains sprintf("é is %s, tables: %v", [names["é"], tables.order]) if true

warn contains sprintf("lib: %v", [data.tables]) if true

warn contains "allowed replaced" if {
	count(data.main.allowed_types) == 0 with data.main.allowed_types as set()
}

warn contains "limits replaced" if {
	data.main.limits.terraform_data == 0 with data.main.limits as {"terraform_data": 0}
}

try {} catch (e) { function e() {} }

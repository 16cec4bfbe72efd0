// JSON.parse of truncated text.
JSON.parse('[1, 2');

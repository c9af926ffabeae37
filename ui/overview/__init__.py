"""The war-room overview and the department rooms, with their KPI tiles and strips."""

"""Delivery use cases: publish calendars (CalDAV), send invitations (iTIP e-mail), packs' changes.

``publishing.publish`` and ``invitations.send_invitations`` are what the ``publish`` and
``send-invitations`` commands and the window's Delivery dialog run; ``status.delivery_status``
says per delegate what is not yet sent; ``packs`` feeds the "Changed since your pack" section.
"""

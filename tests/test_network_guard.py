import socket

import pytest
from pytest_socket import SocketBlockedError


def test_opening_a_network_socket_fails_the_test():
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
